/**
 * A scripted speechSynthesis for the read-aloud browser tests. Headless Chromium here lists no voices
 * (Debian's build speaks through speech-dispatcher only with --enable-speech-dispatcher, and even with
 * speech-dispatcher and espeak-ng installed and that flag it listed none: there is no audio server),
 * so the test replaces `speechSynthesis` and `SpeechSynthesisUtterance` in the extension's isolated
 * world, the one its content script and the reader run in, through the DevTools protocol's execution
 * context of that world. The page's own world and the shipped extension are untouched.
 *
 * The stand-in records every utterance it is given (text, rate, voice, lang) and fires events only
 * when the test says so (`end`, `boundary`, `fail`): what is asserted is the reader's behaviour at each
 * event, never timing.
 */
import type { CDPSession, Page } from 'puppeteer-core';

export interface StandInVoice {
  voiceURI: string;
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

export interface SpokenUtterance {
  text: string;
  rate: number;
  voice: string | null;
  lang: string;
}

export interface SpeechLog {
  spoken: SpokenUtterance[];
  cancels: number;
  /** How many times the reader asked for the voices. */
  voiceQueries: number;
  /** The text of the utterance being spoken, or null. */
  speaking: string | null;
}

// Plain JavaScript in a string: tsx would wrap functions of a compiled callback in a __name() helper
// that the extension's world does not have.
const STAND_IN = `(voices) => {
  const log = { spoken: [], cancels: 0, voiceQueries: 0 };
  let current = null;
  class Utterance extends EventTarget {
    constructor(text) {
      super();
      Object.assign(this, { text, rate: 1, pitch: 1, volume: 1, lang: '', voice: null });
      for (const type of ['start', 'end', 'error', 'boundary', 'pause', 'resume', 'mark']) this['on' + type] = null;
    }
  }
  const fire = (utterance, type, fields) => {
    const event = Object.assign(new Event(type), { utterance, charIndex: 0, name: '' }, fields);
    if (utterance['on' + type]) utterance['on' + type](event);
    utterance.dispatchEvent(event);
  };
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => {
      log.voiceQueries++;
      return voices.slice();
    },
    speak: (utterance) => {
      log.spoken.push({ text: utterance.text, rate: utterance.rate, voice: utterance.voice ? utterance.voice.name : null, lang: utterance.lang });
      current = utterance;
      fire(utterance, 'start', {});
    },
    cancel: () => {
      log.cancels++;
      const cut = current;
      current = null;
      if (cut) fire(cut, 'error', { error: 'interrupted' });
    },
    pause: () => {},
    resume: () => {},
  });
  Object.defineProperty(globalThis, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(globalThis, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  globalThis.siftSpeech = {
    log: () => ({ ...log, speaking: current ? current.text : null }),
    addVoices: (more) => {
      voices.push(...more);
      synth.dispatchEvent(new Event('voiceschanged'));
    },
    end: () => {
      const done = current;
      current = null;
      fire(done, 'end', {});
    },
    boundary: (charIndex) => fire(current, 'boundary', { name: 'word', charIndex }),
    fail: (error) => {
      const failed = current;
      current = null;
      fire(failed, 'error', { error });
    },
  };
}`;

export interface SpeechStandIn {
  log(): Promise<SpeechLog>;
  /** The utterance being spoken ends. */
  end(): Promise<void>;
  /** The voice reports it reached the word at `charIndex` of the utterance. */
  boundary(charIndex: number): Promise<void>;
  /** The utterance being spoken fails with a SpeechSynthesisErrorEvent code. */
  fail(error: string): Promise<void>;
  /** The browser finishes loading more voices and announces them, as Chrome does after its first answer. */
  addVoices(voices: StandInVoice[]): Promise<void>;
}

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string };
}

async function evaluate(session: CDPSession, contextId: number, expression: string): Promise<unknown> {
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
    expression,
    contextId,
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(`in the extension's world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value;
}

/**
 * Installs the stand-in in the extension's isolated world of `page`'s main frame. The content script
 * must have run (it creates that world): wait for the page's detection first.
 */
export async function installSpeechStandIn(page: Page, extensionId: string, voices: StandInVoice[]): Promise<SpeechStandIn> {
  const session = await page.createCDPSession();
  const contexts: ExecutionContext[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  // Enabling reports every context that exists already.
  await session.send('Runtime.enable');
  const world = contexts.find(({ origin, auxData }) => auxData?.type === 'isolated' && origin === `chrome-extension://${extensionId}`);
  if (!world) throw new Error(`no isolated world of the extension among ${JSON.stringify(contexts.map(({ origin }) => origin))}`);
  await evaluate(session, world.id, `(${STAND_IN})(${JSON.stringify(voices)})`);
  return {
    log: () => evaluate(session, world.id, 'globalThis.siftSpeech.log()') as Promise<SpeechLog>,
    end: async () => void (await evaluate(session, world.id, 'globalThis.siftSpeech.end()')),
    boundary: async (charIndex) => void (await evaluate(session, world.id, `globalThis.siftSpeech.boundary(${charIndex})`)),
    fail: async (error) => void (await evaluate(session, world.id, `globalThis.siftSpeech.fail(${JSON.stringify(error)})`)),
    addVoices: async (voices) => void (await evaluate(session, world.id, `globalThis.siftSpeech.addVoices(${JSON.stringify(voices)})`)),
  };
}
