/**
 * What the Chromium browser-test files share: the fixture server and Chromium with the built extension,
 * started before a file's tests and closed after them (each file runs in its own process). Import
 * `sift` and `server` from here: ES module bindings follow the values `useSift` sets.
 */
import { after, before } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchSift, type SiftBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

/** Where browser tests leave their screenshots (git-ignored), to be looked at. */
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');

export let sift: SiftBrowser;
export let server: FixtureServer;

interface Options {
  /** Another build than the shipped one (the test build `auto-open` needs). */
  extensionDir?: string;
  /** The file's own set-up, run once both are up (a second root `before` may run before they are). */
  afterStart?: () => Promise<unknown>;
}

/** Starts the server and the browser for this file's tests, and closes them after. */
export function useSift({ extensionDir, afterStart }: Options = {}): void {
  before(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    server = await startFixtureServer();
    sift = await launchSift(extensionDir);
    await afterStart?.();
  });
  after(async () => {
    await sift?.close();
    await server?.close();
  });
}
