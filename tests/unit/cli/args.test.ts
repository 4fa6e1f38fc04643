import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../cli/args';
import { runChild, runMain } from './run-cli';

describe('parseCliArgs', () => {
  it('defaults to text with no URL and no inputs', () => {
    expect(parseCliArgs([])).toEqual({ kind: 'run', format: 'text', url: undefined, inputs: [] });
  });

  it('reads format, url and inputs in order, "-" included', () => {
    expect(parseCliArgs(['-f', 'json', '--url', 'https://example.com/a', 'b.html', '-', 'a.html'])).toEqual({
      kind: 'run',
      format: 'json',
      url: 'https://example.com/a',
      inputs: ['b.html', '-', 'a.html'],
    });
  });

  it('refuses an unknown format, an unknown flag and a relative URL', () => {
    expect(parseCliArgs(['--format', 'pdf'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('pdf') });
    expect(parseCliArgs(['--bogus'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('--bogus') });
    expect(parseCliArgs(['--url', 'a/b'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('a/b') });
  });
});

describe('usage', () => {
  it('--help prints the usage on stdout and exits 0', async () => {
    const run = await runMain(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run extract -- \[--format text\|markdown\|html\|json\]/);
    expect(run.stderr).toBe('');
  });

  it('an unknown flag prints the error and the usage on stderr and exits 2 (real process)', async () => {
    const run = await runChild(['--bogus']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^sift: .*--bogus/);
    expect(run.stderr).toContain('Usage: npm run extract');
  });
});
