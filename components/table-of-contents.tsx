/**
 * Contents of a long article, from its headings: a side column on wide screens, a collapsible list
 * above the article on narrow ones. The section being read is highlighted.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { t } from '../utils/i18n';
import { interfaceLanguage } from '../utils/interface-language';
import { useMediaQuery } from './use-media-query';

export interface Heading {
  id: string;
  text: string;
  level: 2 | 3;
}

interface Props {
  headings: Heading[];
  scroller: RefObject<HTMLElement>;
  onJump: (id: string) => void;
}

const WIDE = '(min-width: 1200px)';
// A heading counts as "being read" once it is this far from the top, just under the toolbar.
const READING_LINE = 96;

function useCurrentHeading(headings: Heading[], scroller: RefObject<HTMLElement>): string | undefined {
  const [current, setCurrent] = useState<string>();
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const root = element.getRootNode() as ShadowRoot;
    const update = () => {
      const top = element.getBoundingClientRect().top + READING_LINE;
      const passed = headings.filter(({ id }) => (root.getElementById(id)?.getBoundingClientRect().top ?? Infinity) <= top);
      // At the very end the last sections may never reach the top: the last heading is then the one.
      const atEnd = element.scrollTop > 0 && element.scrollTop + element.clientHeight >= element.scrollHeight - 2;
      setCurrent(atEnd ? headings[headings.length - 1]?.id : passed[passed.length - 1]?.id);
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    return () => element.removeEventListener('scroll', update);
  }, [headings, scroller]);
  return current;
}

export function TableOfContents({ headings, scroller, onJump }: Props) {
  const wide = useMediaQuery(WIDE);
  const current = useCurrentHeading(headings, scroller);
  const list = (
    <ol class="sift-toc-list">
      {headings.map(({ id, text, level }) => (
        <li key={id} class={`sift-toc-level-${level}`}>
          <a
            href={`#${id}`}
            aria-current={id === current ? 'location' : undefined}
            onClick={(event) => {
              event.preventDefault();
              onJump(id);
            }}
          >
            {text}
          </a>
        </li>
      ))}
    </ol>
  );
  // The label is the interface's and the entries the article's: screen readers speak each in its language.
  return wide ? (
    <nav class="sift-toc sift-toc-side" aria-label={t('contents')}>
      <p class="sift-toc-title" lang={interfaceLanguage().lang}>
        {t('contents')}
      </p>
      {list}
    </nav>
  ) : (
    <details class="sift-toc sift-toc-inline">
      <summary lang={interfaceLanguage().lang}>{t('contents')}</summary>
      <nav aria-label={t('contents')}>{list}</nav>
    </details>
  );
}
