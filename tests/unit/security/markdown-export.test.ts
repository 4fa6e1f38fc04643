/**
 * The CLI's Markdown export (engine/to-markdown.ts) on the XSS corpus. Markdown renderers pass raw
 * HTML through (CommonMark allows it), so a page's *text* "<img src=x onerror=...>" must not come out
 * as a raw tag, and link targets must not be javascript:, vbscript: or HTML data: URLs. Tables are
 * kept as HTML on purpose: they are checked as markup instead.
 */
// First: the unsafe-markup checker parses kept tables with the (jsdom) DOMParser.
import './jsdom-globals';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../cli/parse-page';
import { readArticle } from '../../../engine';
import { toMarkdown } from '../../../engine/to-markdown';
import { ARTICLE_URL } from '../../fixtures/xss/article-text';
import { buildPage } from '../../fixtures/xss/build-page';
import { XSS_VECTORS } from '../../fixtures/xss/vectors';
import { findUnsafeMarkup, scriptsInEngineHtml } from './unsafe-markup';

const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;
const FENCED_CODE = /^```[\s\S]*?^```/gm;
const CODE_SPAN = /`[^`\n]*`/g;
const KEPT_TABLE = /<table[\s\S]*?<\/table>/gi;
// What a CommonMark renderer would treat as raw HTML: tags, comments, processing instructions, CDATA.
// A backslash before "<" makes it literal text in CommonMark, so escaped ones are not raw HTML.
const RAW_HTML = /(?<!\\)(?:<\/?[a-z][a-z0-9-]*(?=[\s/>])|<!--|<\?|<!\[CDATA\[)/gi;
const BAD_LINK = /\]\(\s*<?\s*(javascript:|vbscript:|data:text\/html)/gi;

function problemsIn(markdown: string): string[] {
  const body = markdown.replace(FRONT_MATTER, '');
  const tables = body.match(KEPT_TABLE) ?? [];
  const found = tables.flatMap((table) => {
    const parsed = new DOMParser().parseFromString(`<body>${table}`, 'text/html').body;
    return [...findUnsafeMarkup(parsed), ...scriptsInEngineHtml(table)].map((p) => `kept table: ${p}`);
  });
  const prose = body.replace(FENCED_CODE, '').replace(KEPT_TABLE, '').replace(CODE_SPAN, '');
  for (const match of prose.matchAll(RAW_HTML)) found.push(`raw HTML: ${prose.slice(match.index, match.index + 60)}`);
  for (const match of prose.matchAll(BAD_LINK)) found.push(`link target: ${prose.slice(match.index, match.index + 60)}`);
  return found;
}

describe.each(['body', 'caption'] as const)('Markdown export with XSS vectors in the %s', (slot) => {
  it.each(XSS_VECTORS.map((vector) => [vector.id, vector] as const))('%s', (_, vector) => {
    const result = readArticle(parsePage(buildPage([{ slot, vector }])), { url: ARTICLE_URL });
    expect(result.ok).toBe(true);
    if (result.ok) expect(problemsIn(toMarkdown(result.article))).toEqual([]);
  });
});
