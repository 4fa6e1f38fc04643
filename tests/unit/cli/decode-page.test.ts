// How the CLI turns a file's bytes into HTML text: the charset a page declares, unless its bytes are UTF-8.
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../../cli/decode-page';

const page = (charset: string, title: string) => `<html><head><meta charset="${charset}"><title>${title}</title></head><body></body></html>`;

describe('decodePage', () => {
  it('reads a page saved as UTF-8 as UTF-8, whatever legacy charset it still declares', () => {
    expect(decodePage(Buffer.from(page('gb2312', '人工智能迈上新台阶'), 'utf8'))).toContain('<title>人工智能迈上新台阶</title>');
    expect(decodePage(Buffer.from(page('iso-8859-1', 'Café – menu'), 'utf8'))).toContain('<title>Café – menu</title>');
  });

  it('reads bytes that are not UTF-8 in the charset the page declares', () => {
    expect(decodePage(Buffer.from(page('iso-8859-1', 'Café'), 'latin1'))).toContain('<title>Café</title>');
  });
});
