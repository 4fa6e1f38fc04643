/** The article as the reader sees it: header (site, title, byline, date, reading time), lead image, body. */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { Article } from '../engine';
import { hasWords } from '../engine/dom';
import { headingText } from '../engine/title';
import { sanitizeArticle } from './sanitize';
import { formatDate, readingTime } from './article-meta';
import { interfaceLanguage } from '../utils/interface-language';
import { TableOfContents, type Heading } from './table-of-contents';
import { scrollBehavior } from './scroll-behavior';

interface Props {
  article: Article;
  /** The overlay's scroller, for the contents' "you are here". */
  scroller: RefObject<HTMLElement>;
  /** The reader's speed, for the reading time. */
  wordsPerMinute: number;
}

/** The title's id: it names the reader's dialog. Page content cannot borrow it (sift- ids are stripped). */
export const TITLE_ID = 'sift-title';

// Fewer headings than this make a contents list longer than it is useful.
const MIN_HEADINGS_FOR_CONTENTS = 3;

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const rankOf = (heading: Element) => Number(heading.tagName[1]);

/**
 * The article's headings that name something (see hasWords: a "* * *" between scenes, a forum post's stray
 * "(" names no section), of its two highest ranks (h2 and h3 in most articles; h1
 * and h2 where the writer's sections are h1s below the page's title), each given an id to jump to if it
 * has none. A rank above the others held by one heading alone is the article's title written again in
 * other words, not a section.
 */
function collectHeadings(fragment: DocumentFragment): Heading[] {
  // Read as the title is (see headingText): "M5.<br>Creator." is listed as "M5. Creator.", not "M5.Creator.".
  const texts = new Map([...fragment.querySelectorAll(HEADINGS)].map((heading) => [heading, headingText(heading)]));
  const named = [...texts.keys()].filter((heading) => hasWords(texts.get(heading)!));
  const ranks = [...new Set(named.map(rankOf))].sort();
  if (ranks.length > 1 && named.filter((heading) => rankOf(heading) === ranks[0]).length === 1) ranks.shift();
  const [top, second] = ranks;
  return named.flatMap((heading, index) => {
    const rank = rankOf(heading);
    if (rank !== top && rank !== second) return [];
    heading.id ||= `sift-heading-${index}`;
    return [{ id: heading.id, text: texts.get(heading)!, level: rank === top ? 2 : 3 } as Heading];
  });
}

const withoutHash = (url: string) => url.split('#')[0];

/**
 * Code blocks and tables scroll sideways when wider than the column: a tab stop each lets keyboard
 * readers scroll them with the arrow keys (WCAG 2.1.1).
 */
function focusableScrollers(fragment: DocumentFragment): void {
  for (const block of fragment.querySelectorAll<HTMLElement>('pre, table')) block.tabIndex = 0;
}

/** A dead image (moved, blocked, offline) is hidden with its figure rather than shown as a broken icon. */
function hideBrokenImage(event: Event) {
  const image = event.target;
  if (!(image instanceof HTMLImageElement)) return;
  const figure = image.closest('figure');
  const onlyImage = figure !== null && figure.querySelectorAll('img').length === 1;
  (onlyImage ? figure : image).hidden = true;
}

export function ArticleView({ article, scroller, wordsPerMinute }: Props) {
  const body = useRef<HTMLDivElement>(null);
  const content = useMemo(() => {
    const fragment = sanitizeArticle(article.html);
    focusableScrollers(fragment);
    const src = article.leadImage?.src;
    // The lead image is shown above the body unless the body already holds it.
    const bodyHasLead = [...fragment.querySelectorAll('img')].some((img) => img.src === src);
    return { fragment, leadImage: bodyHasLead ? undefined : article.leadImage, headings: collectHeadings(fragment) };
  }, [article]);

  // Before the first paint, in the same task as the dialog itself: with a plain effect the reader saw one
  // frame of title without body (and a test reading the dialog as it appeared could find it empty).
  useLayoutEffect(() => {
    body.current?.replaceChildren(content.fragment);
  }, [content]);

  // The first frame lays out only the blocks on screen (see .sift-body[data-first-frame] in
  // assets/overlay.css); effects run once it is painted, and the rest is laid out in the next frame.
  const [firstFrame, setFirstFrame] = useState(true);
  useEffect(() => {
    setFirstFrame(false);
  }, []);

  /** Scrolls the overlay (never the page) to an element of the article, and moves focus there. */
  function jumpTo(id: string): void {
    const target = (body.current?.getRootNode() as ShadowRoot | undefined)?.getElementById(id);
    if (!target) return;
    target.scrollIntoView({ behavior: scrollBehavior(), block: 'start' });
    target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }

  /** Links within the article (footnotes, "jump to") stay in the reader instead of opening a tab. */
  function followInPageLink(event: MouseEvent) {
    const link = (event.target as Element).closest?.('a[href*="#"]') as HTMLAnchorElement | null;
    // The engine may resolve links against the canonical URL or against the page's own.
    const samePage = [article.url, location.href].some((url) => url && withoutHash(url) === withoutHash(link?.href ?? ''));
    if (!link || !samePage) return;
    // Never a second tab of the same page, even when the target did not survive extraction.
    event.preventDefault();
    jumpTo(decodeURIComponent(link.hash.slice(1)));
  }

  const date = article.published ? formatDate(article.published, article.lang) : undefined;
  const { leadImage } = content;

  return (
    <article class="sift-article" lang={article.lang} dir={article.dir} onErrorCapture={hideBrokenImage}>
      <header class="sift-header">
        {article.siteName && <p class="sift-site">{article.siteName}</p>}
        <h1 id={TITLE_ID} class="sift-title">{article.title}</h1>
        {article.byline && <p class="sift-byline">{article.byline}</p>}
        <p class="sift-meta">
          {date && <time dateTime={article.published}>{date}</time>}
          <span class="sift-reading-time">
            {/* An interface string in the article's language and direction keeps its own ("1 min read", not "min read 1"). */}
            <bdi {...interfaceLanguage()}>{readingTime(article.wordCount, wordsPerMinute)}</bdi>
          </span>
        </p>
      </header>
      {leadImage && (
        <figure class="sift-lead">
          <img src={leadImage.src} alt={leadImage.alt} />
        </figure>
      )}
      {content.headings.length >= MIN_HEADINGS_FOR_CONTENTS && (
        <TableOfContents headings={content.headings} scroller={scroller} onJump={jumpTo} />
      )}
      <div class="sift-body" data-first-frame={firstFrame || undefined} ref={body} onClick={followInPageLink} />
    </article>
  );
}
