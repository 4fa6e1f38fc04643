/**
 * The read-aloud state machine: idle, playing or paused, at a block, a chunk of it and a character in
 * that chunk. One utterance per chunk, queued one at a time: each `end` moves on, so the highlight
 * follows what is heard and a stop or a change never leaves a queue behind.
 *
 * Pausing cancels the utterance and resuming speaks the rest of the chunk from the last word the voice
 * reported (`boundary`), rather than speechSynthesis.pause(): that does nothing with some voices (Chrome
 * on Linux and Android), and Chrome's online voices drop a paused utterance after about 15 seconds.
 * A change of speed or voice while playing restarts from that word the same way.
 *
 * The speech engine is injected (the page's speechSynthesis in the reader), so the unit tests and the
 * browser tests can drive it with scripted events.
 */
import type { ReadingBlock } from './read-aloud-plan';

/** The parts of speechSynthesis the player uses. */
export interface SpeechEngine {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
}

export interface SpeechSettings {
  voice: SpeechSynthesisVoice | undefined;
  rate: number;
  /** The article's language, for voices that read several and when no voice is chosen. */
  lang: string | undefined;
}

export type PlayerStatus = 'idle' | 'playing' | 'paused';

export interface PlayerState {
  status: PlayerStatus;
  /** The block being read (or paused in); -1 when idle. */
  block: number;
  /** Why the last reading stopped by itself: the SpeechSynthesisErrorEvent's code. */
  error?: string;
}

// Errors our own cancel() causes on the utterance it cuts short: not failures.
const OWN_INTERRUPTIONS = ['interrupted', 'canceled'];

export class ReadAloudPlayer {
  private blocks: ReadingBlock[] = [];
  private block = 0;
  private chunk = 0;
  private offset = 0;
  private status: PlayerStatus = 'idle';
  /** Held so Chrome cannot garbage-collect it before its `end` fires, and to ignore stale events. */
  private current: SpeechSynthesisUtterance | undefined;

  constructor(
    private readonly engine: SpeechEngine,
    private readonly createUtterance: (text: string) => SpeechSynthesisUtterance,
    private settings: SpeechSettings,
    private readonly onChange: (state: PlayerState) => void,
  ) {}

  /** Reads `blocks` from the one at `from`. */
  play(blocks: ReadingBlock[], from = 0): void {
    this.silence();
    this.blocks = blocks;
    if (from < 0 || from >= blocks.length) return this.finish();
    [this.block, this.chunk, this.offset] = [from, 0, 0];
    this.status = 'playing';
    this.speakCurrent();
    this.emit();
  }

  pause(): void {
    if (this.status !== 'playing') return;
    this.silence();
    this.status = 'paused';
    this.emit();
  }

  resume(): void {
    if (this.status !== 'paused') return;
    this.status = 'playing';
    this.speakCurrent();
    this.emit();
  }

  stop(): void {
    this.silence();
    this.finish();
  }

  /** New speed or voice: applies from the word being read. */
  configure(settings: SpeechSettings): void {
    this.settings = settings;
    if (this.status !== 'playing') return;
    this.silence();
    this.speakCurrent();
  }

  private speakCurrent(): void {
    const start = this.offset;
    const utterance = this.createUtterance(this.blocks[this.block]!.chunks[this.chunk]!.slice(start));
    const { voice, rate, lang } = this.settings;
    utterance.rate = rate;
    if (voice) utterance.voice = voice;
    utterance.lang = voice?.lang ?? lang ?? '';
    utterance.onboundary = (event) => {
      if (this.current === utterance && event.name === 'word') this.offset = start + event.charIndex;
    };
    utterance.onend = () => {
      if (this.current === utterance) this.next();
    };
    utterance.onerror = (event) => {
      if (this.current !== utterance || OWN_INTERRUPTIONS.includes(event.error)) return;
      this.current = undefined;
      this.finish(event.error);
    };
    this.current = utterance;
    this.engine.speak(utterance);
  }

  private next(): void {
    this.offset = 0;
    if (++this.chunk < this.blocks[this.block]!.chunks.length) return this.speakCurrent();
    this.chunk = 0;
    if (++this.block >= this.blocks.length) {
      this.current = undefined;
      return this.finish();
    }
    this.speakCurrent();
    this.emit();
  }

  /** Cancels what is being said; its late events are ignored. */
  private silence(): void {
    this.current = undefined;
    this.engine.cancel();
  }

  private finish(error?: string): void {
    [this.block, this.chunk, this.offset] = [0, 0, 0];
    this.status = 'idle';
    this.onChange({ status: 'idle', block: -1, ...(error && { error }) });
  }

  private emit(): void {
    this.onChange({ status: this.status, block: this.block });
  }
}
