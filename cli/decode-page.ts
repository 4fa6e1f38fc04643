import { gunzipSync } from 'node:zlib';

/** A page that cannot be read as HTML, with a message for the user. */
export class NotAPageError extends Error {}

const GZIP_MAGIC = [0x1f, 0x8b];
/** Browsers look for the charset declaration in the first 1024 bytes; so do we. */
const CHARSET_SNIFF_BYTES = 1024;
const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;
const BINARY_SNIFF_BYTES = 4096;

function isGzip(bytes: Buffer): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/**
 * A page saved to disk is often re-encoded as UTF-8 and keeps its old charset declaration (Readability's
 * test pages, crawled corpora): bytes that are valid UTF-8 are read as UTF-8, as text in a legacy charset
 * with any letter beyond ASCII almost never is. Otherwise the declared charset decides.
 */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the page's own declaration below.
  }
  const label = CHARSET.exec(bytes.subarray(0, CHARSET_SNIFF_BYTES).toString('latin1'))?.[1];
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown charset label: UTF-8 is what the web mostly is.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * Turns a file's bytes into HTML text: gzip is recognised by its magic bytes (not the name, so
 * stdin works too), the charset comes from the page's meta tag, and anything that is empty, binary
 * or does not start with markup is refused with a message rather than fed to the engine.
 */
export function decodePage(raw: Buffer): string {
  let bytes = raw;
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new NotAPageError('corrupt gzip data');
    }
  }
  if (bytes.length === 0) throw new NotAPageError('empty file');
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) throw new NotAPageError('not HTML (binary data)');
  const html = decode(bytes);
  const start = html.replace(/^\uFEFF/, '').trimStart();
  if (start.length === 0) throw new NotAPageError('empty file (only whitespace)');
  if (!start.startsWith('<')) throw new NotAPageError('not HTML (does not start with markup)');
  return html;
}
