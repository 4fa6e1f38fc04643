/**
 * Read aloud in the overlay: the player over the page's speechSynthesis, the voices it offers, the
 * highlight on the block being read (kept in view), and silence when the overlay closes.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { planReading, type ReadingBlock } from './read-aloud-plan';
import { ReadAloudPlayer, type PlayerState } from './read-aloud-player';
import { chooseVoice } from './read-aloud-voices';
import type { Settings } from '../utils/settings';
import { scrollBehavior } from './scroll-behavior';

/** The attribute that marks the block being read, for the stylesheet and for tests. */
export const READING_ATTRIBUTE = 'data-sift-reading';

// Below the sticky toolbar and above the player bar, a block counts as in view.
const TOOLBAR_HEIGHT = 64;
const BAR_HEIGHT = 88;

export interface ReadAloud {
  /** Whether the player bar is shown. */
  open: boolean;
  state: PlayerState;
  voices: SpeechSynthesisVoice[];
  /** False while the voices are still loading: "none" is not yet an answer. */
  voicesKnown: boolean;
  /** The voice reading this article; undefined until the reader picks one (see chooseVoice). */
  voice: SpeechSynthesisVoice | undefined;
  lang: string | undefined;
  rate: number;
  toggleOpen(): void;
  /** Plays, pauses or resumes: the one action of the play button and of the `k` key. */
  playPause(): void;
  stop(): void;
}

/** The page's speech engine, or undefined where the browser has none (or disabled it). */
const speech = (): SpeechSynthesis | undefined => globalThis.speechSynthesis;

export const canReadAloud = (): boolean => speech() !== undefined;

/**
 * Chrome's first getVoices() may answer none while it loads them, and then announces them; a browser
 * that truly has none may announce nothing. Until one of those is known, or this long has passed, the
 * bar says nothing rather than "no voices".
 */
const VOICES_GRACE_MS = 1000;

/**
 * The browser's voices, asked for only once `wanted` (the player bar first opens), never on open: on
 * Linux, Firefox's first getVoices() connects to the speech server and can block the page's thread
 * until Firefox stops the reader's script, and a reader who never listens should not pay for that.
 * `known` tells an answer from a list still loading.
 */
function useVoices(wanted: boolean): { voices: SpeechSynthesisVoice[]; known: boolean } {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  const [known, setKnown] = useState(false);
  useEffect(() => {
    const engine = speech();
    if (!wanted || !engine) return;
    const update = () => {
      const listed = engine.getVoices();
      setVoices(listed);
      if (listed.length > 0) setKnown(true);
    };
    const announced = () => {
      update();
      setKnown(true);
    };
    engine.addEventListener('voiceschanged', announced);
    update();
    const grace = setTimeout(() => setKnown(true), VOICES_GRACE_MS);
    return () => {
      clearTimeout(grace);
      engine.removeEventListener('voiceschanged', announced);
    };
  }, [wanted]);
  return { voices, known };
}

/** The first block still on screen below the toolbar: reading starts where the reader is. */
function firstVisible(blocks: ReadingBlock[], scroller: Element): number {
  const top = scroller.getBoundingClientRect().top + TOOLBAR_HEIGHT;
  return Math.max(0, blocks.findIndex(({ element }) => element.getBoundingClientRect().bottom > top));
}

function keepInView(element: Element, scroller: Element): void {
  const view = scroller.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  if (box.top >= view.top + TOOLBAR_HEIGHT && box.bottom <= view.bottom - BAR_HEIGHT) return;
  element.scrollIntoView({ behavior: scrollBehavior(), block: 'center' });
}

/** Moves the reading highlight to `element` (none when undefined) and scrolls it into view. */
function mark(marked: { current?: Element }, element: Element | undefined): void {
  if (marked.current === element) return;
  marked.current?.removeAttribute(READING_ATTRIBUTE);
  marked.current = element;
  if (!element) return;
  element.setAttribute(READING_ATTRIBUTE, '');
  const scroller = element.closest('.sift-scroll');
  if (scroller) keepInView(element, scroller);
}

export function useReadAloud(dialog: RefObject<HTMLElement>, lang: string | undefined, settings: Settings): ReadAloud {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<PlayerState>({ status: 'idle', block: -1 });
  // Once the bar has opened, the voices stay loaded: closing it and opening it again asks nothing anew.
  const [wanted, setWanted] = useState(false);
  const { voices, known: voicesKnown } = useVoices(wanted);
  const voice = chooseVoice(voices, lang, settings.speechVoice);
  const blocks = useRef<ReadingBlock[]>([]);
  const marked = useRef<Element>();
  // A play asked for before the voices arrived: it starts when they do, if one of them is chosen (an
  // online voice is not: the reader picks it, then presses play).
  const playWhenReady = useRef(false);
  const player = useMemo(
    () =>
      new ReadAloudPlayer(
        // Read at call time, so a test's stand-in installed before the overlay opens is the one used.
        { speak: (utterance) => speech()?.speak(utterance), cancel: () => speech()?.cancel() },
        (text) => new SpeechSynthesisUtterance(text),
        { voice, rate: settings.speechRate, lang },
        (next) => {
          // The highlight moves with the event itself, not a render later, so it never lags the voice.
          mark(marked, blocks.current[next.block]?.element);
          setState(next);
        },
      ),
    [],
  );

  useEffect(() => player.configure({ voice, rate: settings.speechRate, lang }), [voice, settings.speechRate, lang]);
  // Closing the overlay unmounts it: nothing may go on speaking over the page.
  useEffect(() => () => player.stop(), []);
  useEffect(() => {
    if (voices.length === 0 || !playWhenReady.current) return;
    playWhenReady.current = false;
    if (voice) play();
  }, [voices]);

  function play(): void {
    const root = dialog.current;
    const scroller = root?.closest('.sift-scroll');
    if (!root || !scroller) return;
    const roots = [root.querySelector('.sift-title'), root.querySelector('.sift-body')].filter((element) => element !== null);
    blocks.current = planReading(roots, lang);
    player.play(blocks.current, firstVisible(blocks.current, scroller));
  }

  /** Plays now if a voice is chosen; else loads the voices and plays once one is. */
  function start(): void {
    setWanted(true);
    if (voice) play();
    else playWhenReady.current = true;
  }

  function stop(): void {
    playWhenReady.current = false;
    player.stop();
  }

  return {
    open,
    state,
    voices,
    voicesKnown,
    voice,
    lang,
    rate: settings.speechRate,
    toggleOpen() {
      if (open) stop();
      else start();
      setOpen(!open);
    },
    playPause() {
      if (!open) setOpen(true);
      if (state.status === 'playing') player.pause();
      else if (state.status === 'paused') player.resume();
      else start();
    },
    stop,
  };
}

/**
 * `k` plays or pauses, as in video players; Space keeps scrolling the article. Answers whether the key
 * was this one. Not while typing or choosing in a control.
 */
export function readAloudShortcut(event: KeyboardEvent, aloud: ReadAloud): boolean {
  const inControl = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
  if (event.key.toLowerCase() !== 'k' || event.ctrlKey || event.metaKey || event.altKey || inControl) return false;
  event.preventDefault();
  aloud.playPause();
  return true;
}
