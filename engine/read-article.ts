import type { ReadOptions, ReadResult } from './types';

// Placeholder until the engine lands: reports "no article" honestly.
export function readArticle(_document: Document, _options: ReadOptions = {}): ReadResult {
  return { ok: false, reason: 'no-content', message: 'The engine is not written yet.' };
}
