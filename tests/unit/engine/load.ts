// Test helpers: parse a fixture as the CLI and the eval do (linkedom, the engine's Node DOM) and read it with the engine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../../../cli/parse-page';
import { readArticle } from '../../../engine';
import type { Article } from '../../../engine';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export const parse = parsePage;

export function loadFixture(path: string): Document {
  return parse(readFileSync(join(FIXTURES, path), 'utf8'));
}

/** The article the engine reads from a page; fails the test with the engine's reason and message when there is none. */
export function articleOf(document: Document, url?: string): Article {
  const result = readArticle(document, { url });
  if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
  return result.article;
}

/** Reads a fixture (see articleOf). */
export function readFixture(path: string, url = 'https://news.example.com/article/'): Article {
  return articleOf(loadFixture(path), url);
}
