/** The article as the reader sees it: header (site, title, byline, date, reading time), lead image, body. */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Article } from '../engine';
import { sanitizeArticle } from './sanitize';
import { formatDate, readingTime } from './article-meta';

interface Props {
  article: Article;
}

/** A dead image (moved, blocked, offline) is hidden with its figure rather than shown as a broken icon. */
function hideBrokenImage(event: Event) {
  const image = event.target;
  if (!(image instanceof HTMLImageElement)) return;
  const figure = image.closest('figure');
  const onlyImage = figure !== null && figure.querySelectorAll('img').length === 1;
  (onlyImage ? figure : image).hidden = true;
}

export function ArticleView({ article }: Props) {
  const body = useRef<HTMLDivElement>(null);
  const content = useMemo(() => {
    const fragment = sanitizeArticle(article.html);
    const src = article.leadImage?.src;
    // The lead image is shown above the body unless the body already holds it.
    const bodyHasLead = [...fragment.querySelectorAll('img')].some((img) => img.src === src);
    return { fragment, leadImage: bodyHasLead ? undefined : article.leadImage };
  }, [article]);

  useEffect(() => {
    body.current?.replaceChildren(content.fragment);
  }, [content]);

  const date = article.published ? formatDate(article.published, article.lang) : undefined;
  const { leadImage } = content;

  return (
    <article class="sift-article" lang={article.lang} dir={article.dir} onErrorCapture={hideBrokenImage}>
      <header class="sift-header">
        {article.siteName && <p class="sift-site">{article.siteName}</p>}
        <h1 class="sift-title">{article.title}</h1>
        {article.byline && <p class="sift-byline">{article.byline}</p>}
        <p class="sift-meta">
          {date && <time dateTime={article.published}>{date}</time>}
          <span>{readingTime(article.wordCount)}</span>
        </p>
      </header>
      {leadImage && (
        <figure class="sift-lead">
          <img src={leadImage.src} alt={leadImage.alt} />
        </figure>
      )}
      <div class="sift-body" ref={body} />
    </article>
  );
}
