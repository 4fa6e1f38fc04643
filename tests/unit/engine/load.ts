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

/** Reads a fixture and fails the test with the engine's message when there is no article. */
export function readFixture(path: string, url = 'https://news.example.com/article/'): Article {
  const result = readArticle(loadFixture(path), { url });
  if (!result.ok) throw new Error(`${path}: ${result.reason}: ${result.message}`);
  return result.article;
}
