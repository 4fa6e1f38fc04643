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

function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => speech()?.getVoices() ?? []);
  useEffect(() => {
    const engine = speech();
    if (!engine) return;
    // Chrome lists its voices only after a first getVoices() call, and announces them with this event.
    const update = () => setVoices(engine.getVoices());
    engine.addEventListener('voiceschanged', update);
    update();
    return () => engine.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
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
  const voices = useVoices();
  const voice = chooseVoice(voices, lang, settings.speechVoice);
  const blocks = useRef<ReadingBlock[]>([]);
  const marked = useRef<Element>();
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

  function play(): void {
    const root = dialog.current;
    const scroller = root?.closest('.sift-scroll');
    if (!root || !scroller) return;
    const roots = [root.querySelector('.sift-title'), root.querySelector('.sift-body')].filter((element) => element !== null);
    blocks.current = planReading(roots, lang);
    player.play(blocks.current, firstVisible(blocks.current, scroller));
  }

  return {
    open,
    state,
    voices,
    voice,
    lang,
    rate: settings.speechRate,
    toggleOpen() {
      if (open) player.stop();
      else if (voice) play();
      setOpen(!open);
    },
    playPause() {
      if (!open) setOpen(true);
      if (state.status === 'playing') player.pause();
      else if (state.status === 'paused') player.resume();
      else if (voice) play();
    },
    stop: () => player.stop(),
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
