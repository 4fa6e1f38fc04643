// The repo's own conventions, checked like behaviour: boundaries, the one sanitiser, the README.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READ_MEMBERS } from '../../engine/unclobbered';
import { quietWindow } from './security/jsdom';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCE_DIRS = ['engine', 'components', 'entrypoints', 'utils', 'cli', 'scripts'];
// The one module allowed to turn HTML strings into DOM (through DOMPurify).
const SANITISER = 'components/sanitize.ts';

function sourceFiles(dir: string): string[] {
  const abs = join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) return sourceFiles(relative(ROOT, path));
    return /\.tsx?$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const allSources = SOURCE_DIRS.flatMap(sourceFiles);

describe('engine boundary', () => {
  const engineFiles = sourceFiles('engine');

  it('has engine files to check', () => {
    expect(engineFiles.length).toBeGreaterThan(3);
  });

  it.each(engineFiles)('%s imports nothing from the extension and no UI library', (file) => {
    const imports = [...read(file).matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const spec of imports) {
      expect(spec, `${file} imports ${spec}`).not.toMatch(/(^|\/)(entrypoints|components|utils)(\/|$)|^preact|^wxt|webextension-polyfill/);
    }
  });

  it.each(engineFiles)('%s touches no browser.* or chrome.* API', (file) => {
    expect(read(file)).not.toMatch(/\b(browser|chrome)\.[a-z]+\.[a-zA-Z]+/);
  });

  // linkedom's getters insert a <head> or <body> into a page that lacks one where they look: dom.ts's
  // headOf and bodyOf find them without changing the page.
  it.each(engineFiles)('%s reads no document.head or document.body getter', (file) => {
    expect(read(file)).not.toMatch(/\b(document|Document\))\.(head|body)\b/);
  });

  // A form's controls shadow the form's members by name in a browser (DOM clobbering): the engine reads
  // a page whose forms shadow a member it reads from a copy, and READ_MEMBERS says which it reads. A
  // control named `id` (Shopify's cart form has one) shadows the `id` property: the engine reads ids as attributes.
  it("lists in unclobbered.ts's READ_MEMBERS exactly the members of elements that it reads", () => {
    const form = quietWindow('').document.createElement('form');
    let prototype = Object.getPrototypeOf(form) as object | null;
    while (prototype !== null && !Object.hasOwn(prototype, 'getAttribute')) prototype = Object.getPrototypeOf(prototype) as object | null;
    const elementMembers = new Set<string>();
    for (; prototype !== null; prototype = Object.getPrototypeOf(prototype) as object | null) for (const name of Object.getOwnPropertyNames(prototype)) elementMembers.add(name);
    const reads = new Set(engineFiles.flatMap((file) => [...read(file).matchAll(/\.([A-Za-z_$][\w$]*)/g)].map((match) => match[1])));
    expect([...elementMembers].filter((name) => reads.has(name) && name !== 'id').sort()).toEqual([...READ_MEMBERS].sort());
  });

  it.each(engineFiles)('%s reads ids by getAttribute, not by the id property', (file) => {
    expect(read(file)).not.toMatch(/\.id\b/);
  });
});

describe('one DOMPurify boundary', () => {
  // Writing HTML into the DOM, or running strings as code, is allowed only in the sanitiser.
  const FORBIDDEN = [
    /\.innerHTML\s*=[^=]/,
    /\.outerHTML\s*=[^=]/,
    /insertAdjacentHTML\s*\(/,
    /document\.write(ln)?\s*\(/,
    /\beval\s*\(/,
    /new\s+Function\s*\(/,
    /dangerouslySetInnerHTML/,
    /createContextualFragment\s*\(/,
  ];

  it('the sanitiser exists and uses DOMPurify', () => {
    expect(read(SANITISER)).toMatch(/dompurify/i);
  });

  it.each(allSources.filter((f) => f !== SANITISER))('%s writes no raw HTML and runs no strings', (file) => {
    const text = read(file);
    for (const pattern of FORBIDDEN) expect(text, `${file} matches ${pattern}`).not.toMatch(pattern);
  });

  it('only the sanitiser imports DOMPurify', () => {
    const importers = allSources.filter((f) => /from\s+['"]dompurify['"]/.test(read(f)));
    expect(importers).toEqual([SANITISER]);
  });
});

describe('no network of its own', () => {
  const shipped = ['engine', 'components', 'entrypoints', 'utils'].flatMap(sourceFiles);
  it.each(shipped)('%s makes no requests', (file) => {
    expect(read(file)).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|new\s+WebSocket|sendBeacon|EventSource\s*\(/);
  });
});

describe('README', () => {
  const readme = read('README.md');

  it('starts with the set-up and test commands', () => {
    const firstBlock = readme.slice(0, readme.indexOf('```', readme.indexOf('```') + 3));
    expect(firstBlock).toMatch(/npm start/);
    expect(readme.slice(0, 1500)).toMatch(/npm test/);
  });

  it.each(readdirSync(join(ROOT, 'entrypoints')))('names the entrypoint %s', (entry) => {
    const name = entry.replace(/\.(tsx?|html)$/, '');
    expect(readme).toContain(`entrypoints/${name}`);
  });
});
