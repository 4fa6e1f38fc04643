import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFsError } from '../../../cli/inputs';
import { runChild, runMain, tempPages } from './run-cli';

// The 8-byte PNG signature followed by the start of an IHDR chunk: binary, with NUL bytes.
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
// Nothing on this page reads like an article: one short line and a login form.
const NO_ARTICLE = '<!doctype html><html><head><title>Sign in</title></head><body><form><input name="user"><button>Sign in</button></form></body></html>';

describe('bad inputs', () => {
  const dir = tempPages({
    'empty.html': '',
    'blank.html': '  \n\t\n',
    'image.png': PNG_BYTES,
    'data.json': '{"title": "not a page"}',
    'login.html': NO_ARTICLE,
    'broken.html.gz': Buffer.from([0x1f, 0x8b, 1, 2, 3]),
  });
  const path = (name: string) => join(dir, name);

  it.each([
    ['missing.html', 'no such file or directory'],
    ['empty.html', 'empty file'],
    ['blank.html', 'empty file (only whitespace)'],
    ['image.png', 'not HTML (binary data)'],
    ['data.json', 'not HTML (does not start with markup)'],
    ['broken.html.gz', 'corrupt gzip data'],
  ])('%s: one line on stderr naming the file, exit 1', async (name, message) => {
    const run = await runMain([path(name)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`sift: ${path(name)}: ${message}\n`);
  });

  it('a page with no article reports the engine\'s message', async () => {
    const run = await runMain([path('login.html')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^sift: ${path('login.html')}: no article \\(no-content\\): .+\\n$`));
  });

  it('gzip is recognised by its bytes, so a gzipped JSON file is still refused as not HTML', async () => {
    const gz = tempPages({ 'x.html.gz': gzipSync('{"a": 1}') });
    const run = await runMain([join(gz, 'x.html.gz')]);
    expect(run.stderr).toBe(`sift: ${join(gz, 'x.html.gz')}: not HTML (does not start with markup)\n`);
  });

  it('empty stdin is an error named "-"', async () => {
    const run = await runMain(['-'], '');
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'sift: -: empty file\n' });
  });

  it('a directory without pages is an error naming the directory', async () => {
    const empty = tempPages({ 'notes.txt': 'hello' });
    const run = await runMain([empty]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`sift: ${empty}: directory has no .html, .htm or .html.gz files\n`);
  });

  it('in JSON every input still gets its line, errors included, and the exit status is 1 (real process)', async () => {
    const run = await runChild(['--format', 'json', path('missing.html'), path('image.png')]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
      { input: path('missing.html'), error: 'no such file or directory' },
      { input: path('image.png'), error: 'not HTML (binary data)' },
    ]);
    expect(run.stderr.trim().split('\n')).toHaveLength(2);
  });

  // Tests run as root, for whom no file is unreadable, so the message mapping is checked directly.
  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EIO', 'cannot read (EIO)'],
  ])('an unreadable file (%s) is reported as "%s"', (code, message) => {
    expect(describeFsError(Object.assign(new Error('x'), { code }))).toBe(message);
  });
});
