/**
 * Read aloud in Chromium with the built extension. Real: the browser, the extension as built, the
 * toolbar click, the overlay and its player bar, the keyboard, storage, the highlight and scrolling,
 * and (first test) the browser's own speechSynthesis, which lists no voices in headless Chromium here.
 * Stand-in: speechSynthesis and SpeechSynthesisUtterance in the extension's isolated world for the
 * other tests (tests/e2e/speech-stand-in.ts), whose events the tests fire one at a time.
 */
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { assertNoViolations, overlayViolations } from './axe';
import { DIALOG, openWithToolbar, tabIdOf, waitForDetection, waitForReaderClosed } from './reader-page';
import { FIRST_SENTENCE, TITLE } from './sample-article';
import { installSpeechStandIn, type SpeechStandIn, type StandInVoice } from './speech-stand-in';
import { SCREENSHOTS, server, sift, useSift } from './suite';


const LISTEN = `${DIALOG} button[aria-label="Read aloud"]`;
const BAR = `${DIALOG} .sift-aloud`;
const PLAY_PAUSE = `${BAR} .sift-aloud-play`;
const STOP = `${BAR} button[aria-label="Stop"]`;
const SPEED = `${BAR} .sift-aloud-rate`;
const VOICE = `${BAR} .sift-aloud-voice`;
const READING = 'sift-reader >>> [data-sift-reading]';

const voice = (name: string, lang: string, localService = true): StandInVoice => ({
  voiceURI: `stand-in:${name}`,
  name,
  lang,
  localService,
  default: false,
});
const INSTALLED = [voice('Hazel', 'en-GB'), voice('Aaron', 'en-US'), voice('Amélie', 'fr-FR'), voice('Cloud English', 'en-US', false)];

useSift();

beforeEach(() => sift.worker.evaluate(() => chrome.storage.local.clear()));

/** The sample article, the stand-in installed in the extension's world, the overlay open. */
async function openWithStandIn(voices = INSTALLED, path = 'sample-news.html'): Promise<{ page: Page; speech: SpeechStandIn }> {
  const page = await sift.newPage(server.url(path));
  // Jumps instead of smooth scrolls: where the highlight ends up is then known when the event is handled.
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await waitForDetection(sift, await tabIdOf(sift, page));
  const speech = await installSpeechStandIn(page, sift.extension.id, voices);
  await openWithToolbar(sift, page);
  return { page, speech };
}

async function highlighted(page: Page): Promise<string | null> {
  const element = await page.$(READING);
  return element ? element.evaluate((node) => node.textContent!.replace(/\s+/g, ' ').trim()) : null;
}

async function label(page: Page, selector: string): Promise<string | null> {
  return page.$eval(selector, (element) => element.getAttribute('aria-label'));
}

async function notice(page: Page): Promise<string | null> {
  const element = await page.$(`${BAR} [role="status"]`);
  return element ? element.evaluate((node) => node.textContent) : null;
}

/** Reads until `ok` holds: settings changes reach the player through storage, a moment later. */
async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

async function scrollTop(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-scroll')!.scrollTop);
}

async function storedSettings(): Promise<Record<string, unknown>> {
  return sift.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
}

describe('read aloud', () => {
  it('says so when the browser has no voices (the real speechSynthesis of headless Chromium)', async () => {
    const page = await sift.newPage(server.url('sample-news.html'));
    await openWithToolbar(sift, page);
    const voices = await page.evaluate(() => speechSynthesis.getVoices().length);
    assert.equal(voices, 0, 'precondition: this Chromium lists no voices');
    await page.click(LISTEN);
    await page.waitForSelector(`${BAR} [role="status"]`);
    assert.equal(await notice(page), 'This browser has no voices installed.');
    assert.ok(await page.$eval(PLAY_PAUSE, (button) => (button as HTMLButtonElement).disabled), 'play is disabled');
    assert.equal(await highlighted(page), null);
    await page.close();
  });

  it('asks the browser for its voices only when the player opens, not when the overlay does', async () => {
    const { page, speech } = await openWithStandIn();
    await page.waitForSelector(LISTEN);
    assert.equal((await speech.log()).voiceQueries, 0, 'opening the reader asked for no voice');
    await page.click(LISTEN);
    await page.waitForSelector(READING);
    const { voiceQueries, spoken } = await speech.log();
    assert.ok(voiceQueries > 0, 'the player asked for the voices');
    assert.equal(spoken[0]?.voice, 'Aaron', 'and read with the installed voice of the article’s language');
    await page.close();
  });

  it('starts reading when voices that were still loading arrive, and says nothing about them before', async () => {
    const { page, speech } = await openWithStandIn([]);
    // Click and read the bar in the frame that shows it, well within the grace the browser has to load.
    const shown = await page.evaluate(async () => {
      const root = document.querySelector('sift-reader')!.shadowRoot!;
      root.querySelector<HTMLButtonElement>('button[aria-label="Read aloud"]')!.click();
      await new Promise(requestAnimationFrame);
      const bar = root.querySelector('.sift-aloud');
      return { bar: bar !== null, notice: bar?.querySelector('[role="status"]')?.textContent ?? null };
    });
    assert.deepEqual(shown, { bar: true, notice: null }, 'no "no voices" while the browser may still be loading them');
    assert.deepEqual((await speech.log()).spoken, []);
    await speech.addVoices(INSTALLED);
    await page.waitForSelector(READING);
    assert.equal(await highlighted(page), TITLE);
    assert.equal((await speech.log()).spoken[0]?.voice, 'Aaron');
    await page.close();
  });

  it('reads block by block from the title, highlighting what is spoken and moving on at each end event', async () => {
    const { page, speech } = await openWithStandIn();
    await page.click(LISTEN);
    await page.waitForSelector(READING);
    assert.equal(await page.$eval(LISTEN, (button) => button.getAttribute('aria-expanded')), 'true');
    assert.equal(await highlighted(page), TITLE);
    assert.deepEqual((await speech.log()).spoken, [{ text: TITLE, rate: 1, voice: 'Aaron', lang: 'en-US' }], 'the installed voice of en-US');

    // Each end event speaks the next chunk: of the same block (kept highlighted) or of the next block.
    const heard = new Map<string, string>([[TITLE, TITLE]]);
    const utterances = new Map<string, number>([[TITLE, 1]]);
    let previous = TITLE;
    for (let step = 1; step <= 8; step++) {
      await speech.end();
      const { spoken } = await speech.log();
      assert.equal(spoken.length, step + 1, 'one utterance per end event');
      const block = (await highlighted(page))!;
      assert.ok(block === previous || !heard.has(block), `step ${step} stays on its block or moves to a new one`);
      heard.set(block, (block === previous ? heard.get(block)! : '') + spoken[step]!.text);
      utterances.set(block, (utterances.get(block) ?? 0) + 1);
      assert.ok(block.startsWith(heard.get(block)!.trim()), `step ${step}: what was spoken is the start of "${block}"`);
      previous = block;
    }
    assert.ok(heard.size >= 5, `moved through ${heard.size} blocks`);
    const chunked = [...utterances].find(([, count]) => count > 1);
    assert.ok(chunked, 'a long block was read in several utterances');
    assert.ok(chunked[0].length > 200 && heard.get(chunked[0]) === chunked[0], 'its chunks make up the whole block');
    assert.ok([...heard.keys()].some((block) => block.startsWith(FIRST_SENTENCE)), 'the first paragraph was read');
    await page.close();
  });

  it('pauses and resumes from the last word reached, with the button and with k', async () => {
    const { page, speech } = await openWithStandIn();
    await page.click(LISTEN);
    await page.waitForSelector(READING);
    await speech.boundary(9);
    await page.click(PLAY_PAUSE);
    await page.waitForSelector(`${PLAY_PAUSE}[aria-label="Play"]`);
    let log = await speech.log();
    assert.equal(log.speaking, null, 'silent while paused');
    assert.equal(await highlighted(page), TITLE, 'the paused block stays highlighted');

    await page.click(PLAY_PAUSE);
    log = await speech.log();
    assert.equal(log.speaking, TITLE.slice(9), 'resumed at the word it had reached');
    assert.equal(await label(page, PLAY_PAUSE), 'Pause');

    await page.keyboard.press('k');
    assert.equal((await speech.log()).speaking, null, 'k pauses');
    await page.keyboard.press('k');
    assert.equal((await speech.log()).speaking, TITLE.slice(9), 'k resumes');
    await page.close();
  });

  it('stops: silence, no highlight, and play starts again', async () => {
    const { page, speech } = await openWithStandIn();
    await page.click(LISTEN);
    await page.waitForSelector(READING);
    await speech.end();
    await page.click(STOP);
    await page.waitForFunction(() => !document.querySelector('sift-reader')!.shadowRoot!.querySelector('[data-sift-reading]'));
    assert.equal((await speech.log()).speaking, null);
    assert.ok(await page.$eval(STOP, (button) => (button as HTMLButtonElement).disabled), 'nothing left to stop');
    await page.evaluate(() => document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-scroll')!.scrollTo(0, 0));
    await page.click(PLAY_PAUSE);
    await page.waitForSelector(READING);
    assert.equal((await speech.log()).speaking, TITLE);
    await page.close();
  });

  it('applies speed and voice to the utterances from the word being read, and keeps them', async () => {
    const { page, speech } = await openWithStandIn();
    await page.click(LISTEN);
    await page.waitForSelector(READING);
    const voices = await page.$eval(VOICE, (select) =>
      [...(select as HTMLSelectElement).querySelectorAll('optgroup')].map((group) => [group.label, [...group.children].map((option) => option.textContent)]),
    );
    assert.deepEqual(voices, [
      ['English', ['Aaron (en-US)', 'Hazel (en-GB)', 'Cloud English (en-US) · online']],
      ['Other languages', ['Amélie (fr-FR)']],
    ]);

    await speech.boundary(6);
    await page.select(SPEED, '1.5');
    let log = await until(speech.log, ({ spoken }) => spoken.length > 1);
    assert.deepEqual(log.spoken.at(-1), { text: TITLE.slice(6), rate: 1.5, voice: 'Aaron', lang: 'en-US' });
    await page.select(VOICE, 'stand-in:Hazel');
    log = await until(speech.log, ({ spoken }) => spoken.length > 2);
    assert.deepEqual(log.spoken.at(-1), { text: TITLE.slice(6), rate: 1.5, voice: 'Hazel', lang: 'en-GB' });
    await speech.end();
    assert.deepEqual({ ...(await speech.log()).spoken.at(-1), text: '' }, { text: '', rate: 1.5, voice: 'Hazel', lang: 'en-GB' });
    const stored = await storedSettings();
    assert.equal(stored.speechRate, 1.5);
    assert.equal(stored.speechVoice, 'stand-in:Hazel');
    await page.close();
  });

  it('goes silent when the overlay closes', async () => {
    const { page, speech } = await openWithStandIn();
    await page.click(LISTEN);
    await page.waitForSelector(READING);
    const before = await speech.log();
    assert.equal(before.speaking, TITLE);
    await page.keyboard.press('Escape');
    await waitForReaderClosed(page);
    const closed = await speech.log();
    assert.equal(closed.speaking, null, 'cancelled');
    assert.equal(closed.spoken.length, before.spoken.length, 'nothing new queued');
    await page.close();
  });

  it('keeps the block being read in view', async () => {
    const { page, speech } = await openWithStandIn(INSTALLED, 'long-read.html');
    await page.setViewport({ width: 800, height: 500 });
    await page.click(LISTEN);
    await page.waitForSelector(READING);
    for (let step = 0; step < 12; step++) await speech.end();
    const box = await page.$eval(READING, (element) => {
      const { top, bottom } = element.getBoundingClientRect();
      return { top, bottom };
    });
    assert.ok(box.top >= 56 && box.bottom <= 500, `block at ${box.top}–${box.bottom} is in the 500px view`);
    assert.ok((await scrollTop(page)) > 0, 'the overlay scrolled to follow');
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page behind did not');
    await page.close();
  });

  it('never picks an online voice by itself, and says what one means', async () => {
    const { page, speech } = await openWithStandIn([voice('Cloud English', 'en-US', false), voice('Amélie', 'fr-FR')]);
    await page.click(LISTEN);
    // The bar opens first; the notice follows once the voices it then asks for have answered.
    await page.waitForSelector(`${BAR} [role="status"]`);
    assert.equal(await notice(page), 'No installed voice speaks English: choose a voice to listen.');
    assert.ok(await page.$eval(PLAY_PAUSE, (button) => (button as HTMLButtonElement).disabled), 'play waits for a choice');
    assert.deepEqual((await speech.log()).spoken, [], 'nothing was sent to the online voice');
    await page.select(VOICE, 'stand-in:Cloud English');
    await page.waitForSelector(`${PLAY_PAUSE}:not([disabled])`);
    assert.match((await notice(page))!, /^Online voice: it needs a connection/);
    await page.screenshot({ path: join(SCREENSHOTS, 'read-aloud-online-voice.png') });
    assertNoViolations(await overlayViolations(page), 'with the player’s notice');
    await page.click(PLAY_PAUSE);
    assert.equal((await speech.log()).spoken[0]!.voice, 'Cloud English');
    await speech.fail('network');
    await page.waitForFunction(() => !document.querySelector('sift-reader')!.shadowRoot!.querySelector('[data-sift-reading]'));
    assert.equal(await notice(page), 'The voice could not be reached. Installed voices also work offline.');
    await page.close();
  });

  it('starts from the first block in view when the reader has scrolled down', async () => {
    const { page, speech } = await openWithStandIn(INSTALLED, 'long-read.html');
    await page.evaluate(() => {
      const scroller = document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-scroll')!;
      scroller.scrollTop = scroller.scrollHeight / 2;
    });
    await page.click(LISTEN);
    await page.waitForSelector(READING);
    const box = await page.$eval(READING, (element) => element.getBoundingClientRect().top);
    assert.ok(box > 0 && box < 800, `the first block read is on screen (top at ${box})`);
    assert.notEqual((await speech.log()).speaking, TITLE, 'not from the top');
    await page.close();
  });

  for (const theme of ['light', 'sepia', 'dark'] as const) {
    it(`shows the player as part of the overlay in the ${theme} theme, wide and narrow, with no axe violation (screenshots)`, async () => {
      await sift.worker.evaluate((name) => chrome.storage.local.set({ settings: { theme: name } }), theme);
      for (const [width, height, name] of [[1280, 800, 'wide'], [390, 844, 'phone']] as const) {
        const { page, speech } = await openWithStandIn();
        await page.setViewport({ width, height });
        await page.click(LISTEN);
        await page.waitForSelector(READING);
        for (let step = 0; step < 3; step++) await speech.end();
        const bar = await page.$eval(BAR, (element) => {
          const { left, right, bottom } = element.getBoundingClientRect();
          return { left, right, bottom };
        });
        assert.ok(bar.left >= 0 && bar.right <= width && bar.bottom <= height, `the bar fits ${width}x${height}: ${JSON.stringify(bar)}`);
        const overflow = await page.evaluate(() => {
          const scroller = document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-scroll')!;
          return scroller.scrollWidth - scroller.clientWidth;
        });
        assert.equal(overflow, 0, 'no sideways scrolling');
        await page.screenshot({ path: join(SCREENSHOTS, `read-aloud-${theme}-${name}.png`) });
        assertNoViolations(await overlayViolations(page), `with the player (${theme}, ${width}x${height})`);
        await page.close();
      }
    });
  }
});
