// The CLI end to end on the fixture pages: formats, several inputs in order, directories, stdin.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { readArticle, toText } from '../../../engine/index';
import { parsePage } from '../../../cli/parse-page';
import { ROOT, runChild, runMain, tempPages } from './run-cli';

const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
const SAMPLE = join(PAGES, 'sample-news.html');
const NO_ARTICLE = join(PAGES, 'no-article.html');
const TITLE = 'Carney to Travel to France to Discuss Ukraine Ceasefire With Allies';
const FIRST_SENTENCE = 'Prime Minister Mark Carney will travel to France early next week';
const JSON_KEYS = ['input', 'title', 'byline', 'published', 'siteName', 'lang', 'wordCount', 'text', 'html'];

const jsonLines = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line));

describe('extract on the bundled sample', () => {
  it('with no input reads the sample page and prints the article as text (real process)', async () => {
    const run = await runChild([]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(TITLE);
    expect(run.stdout).toContain(FIRST_SENTENCE);
    expect(run.stdout).not.toContain('You Might Also Like');
  });

  it('text is exactly what "Save as text" writes: toText of the engine\'s article', async () => {
    const result = readArticle(parsePage(readFileSync(SAMPLE, 'utf8')), { url: pathToFileURL(SAMPLE).href });
    expect(result.ok).toBe(true);
    const run = await runMain([SAMPLE]);
    expect(run).toEqual({ code: 0, stdout: result.ok ? toText(result.article) : '', stderr: '' });
  });

  it('markdown starts with front matter naming the title, then turndown\'s body', async () => {
    const run = await runMain(['--format', 'markdown', SAMPLE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^---\\ntitle: "${TITLE}"\\n(.+\\n)*---\\n\\n`));
    expect(run.stdout).toMatch(/^#+ Ceasefire$/m);
    expect(run.stdout).toContain(FIRST_SENTENCE);
    expect(run.stdout).not.toMatch(/<p>|<div/);
  });

  it('html is a minimal page around the article', async () => {
    const run = await runMain(['--format', 'html', SAMPLE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>/);
    expect(run.stdout).toContain(`<h1>${TITLE}</h1>`);
    expect(run.stdout).toContain(FIRST_SENTENCE);
    expect(run.stdout).not.toContain('<script');
  });

  it('json is one line per input with the documented keys', async () => {
    const run = await runMain(['--format', 'json', SAMPLE]);
    const [record] = jsonLines(run.stdout);
    expect(Object.keys(record)).toEqual(JSON_KEYS);
    expect(record).toMatchObject({ input: SAMPLE, title: TITLE, byline: 'Paul Rowan Brian', lang: 'en-US' });
    expect(record.wordCount).toBeGreaterThan(200);
    expect(record.text).toContain(FIRST_SENTENCE);
  });
});

describe('several inputs', () => {
  it('gives one result per input, in order, each after a line naming it', async () => {
    const run = await runMain([SAMPLE, join(PAGES, 'headline-list.html')]);
    expect(run.code).toBe(0);
    const headers = [...run.stdout.matchAll(/^==> (.+) <==$/gm)].map((m) => m[1]);
    expect(headers).toEqual([SAMPLE, join(PAGES, 'headline-list.html')]);
  });

  it('reads a directory\'s .html, .htm and .html.gz files in sorted order, gzip included, nothing else', async () => {
    const sample = readFileSync(SAMPLE);
    const dir = tempPages({ 'b.html': sample, 'a.html.gz': gzipSync(sample), 'c.htm': sample, 'notes.txt': 'x', 'd.json': '{}' });
    const run = await runMain(['--format', 'json', dir]);
    expect(run.code).toBe(0);
    const records = jsonLines(run.stdout);
    expect(records.map((r) => r.input)).toEqual(['a.html.gz', 'b.html', 'c.htm'].map((name) => join(dir, name)));
    expect(new Set(records.map((r) => r.text)).size).toBe(1);
  });

  it('reads "-" from stdin like a file', async () => {
    const fromFile = jsonLines((await runMain(['--format', 'json', '--url', 'https://example.com/a', SAMPLE])).stdout)[0];
    const run = await runMain(['--format', 'json', '--url', 'https://example.com/a', '-'], readFileSync(SAMPLE, 'utf8'));
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)[0]).toEqual({ ...fromFile, input: '-' });
  });

  it('keeps going after a page with no article, reports it and exits 1', async () => {
    const copy = join(tempPages({}), 'sample.html');
    copyFileSync(SAMPLE, copy);
    const run = await runMain(['--format', 'json', NO_ARTICLE, 'missing.html', copy]);
    expect(run.code).toBe(1);
    const records = jsonLines(run.stdout);
    expect(records.map((r) => r.input)).toEqual([NO_ARTICLE, 'missing.html', copy]);
    expect(records[0].error).toMatch(/^no article \(no-content\): .+/);
    expect(records[1]).toEqual({ input: 'missing.html', error: 'no such file or directory' });
    expect(records[2].title).toBe(TITLE);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `sift: ${NO_ARTICLE}: ${records[0].error}`,
      'sift: missing.html: no such file or directory',
    ]);
  });
});
