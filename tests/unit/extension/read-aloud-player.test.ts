import { beforeEach, describe, expect, it } from 'vitest';
import { ReadAloudPlayer, type PlayerState, type SpeechEngine } from '../../../components/read-aloud-player';
import type { ReadingBlock } from '../../../components/read-aloud-plan';

/** A stand-in utterance: the fields the player sets and the handlers it installs. */
class Utterance {
  rate = 1;
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  onboundary: ((event: { name: string; charIndex: number }) => void) | null = null;
  constructor(readonly text: string) {}
}

/** A scripted speechSynthesis: keeps what it was given; cancel interrupts the utterance in progress, as Chrome does. */
class Engine implements SpeechEngine {
  spoken: Utterance[] = [];
  cancels = 0;
  speaking: Utterance | undefined;
  speak(utterance: SpeechSynthesisUtterance) {
    this.speaking = utterance as unknown as Utterance;
    this.spoken.push(this.speaking);
  }
  cancel() {
    this.cancels++;
    const interrupted = this.speaking;
    this.speaking = undefined;
    interrupted?.onerror?.({ error: 'interrupted' });
  }
  end() {
    const done = this.speaking!;
    this.speaking = undefined;
    done.onend!();
  }
  get last() {
    return this.spoken[this.spoken.length - 1]!;
  }
}

const block = (...chunks: string[]): ReadingBlock => ({ element: {} as Element, text: chunks.join(''), chunks });
const BLOCKS = [block('Title'), block('First chunk. ', 'Second chunk.'), block('Last block.')];
const VOICE = { name: 'Hazel', lang: 'en-GB' } as SpeechSynthesisVoice;

let engine: Engine;
let states: PlayerState[];
let player: ReadAloudPlayer;

beforeEach(() => {
  engine = new Engine();
  states = [];
  player = new ReadAloudPlayer(
    engine,
    (text) => new Utterance(text) as unknown as SpeechSynthesisUtterance,
    { voice: undefined, rate: 1, lang: 'en' },
    (state) => states.push(state),
  );
});

const lastState = () => states[states.length - 1];
const texts = () => engine.spoken.map((u) => u.text);

describe('ReadAloudPlayer', () => {
  it('speaks one chunk at a time and moves to the next block on each end, then goes idle', () => {
    player.play(BLOCKS);
    expect(lastState()).toEqual({ status: 'playing', block: 0 });
    expect(texts()).toEqual(['Title']);
    engine.end();
    expect(lastState()).toEqual({ status: 'playing', block: 1 });
    engine.end();
    expect(texts()).toEqual(['Title', 'First chunk. ', 'Second chunk.']);
    expect(lastState()).toEqual({ status: 'playing', block: 1 });
    engine.end();
    expect(lastState()).toEqual({ status: 'playing', block: 2 });
    engine.end();
    expect(lastState()).toEqual({ status: 'idle', block: -1 });
    expect(texts()).toHaveLength(4);
  });

  it('starts from the block it is asked to', () => {
    player.play(BLOCKS, 2);
    expect(texts()).toEqual(['Last block.']);
    expect(lastState()).toEqual({ status: 'playing', block: 2 });
  });

  it('pauses by cancelling, and resumes from the last word the voice reached', () => {
    player.play(BLOCKS, 1);
    engine.last.onboundary!({ name: 'word', charIndex: 6 });
    engine.last.onboundary!({ name: 'sentence', charIndex: 0 });
    player.pause();
    expect(lastState()).toEqual({ status: 'paused', block: 1 });
    expect(engine.speaking).toBeUndefined();
    player.resume();
    expect(lastState()).toEqual({ status: 'playing', block: 1 });
    expect(engine.last.text).toBe('chunk. ');
    // Positions reported by the resumed utterance count from where it started.
    engine.last.onboundary!({ name: 'word', charIndex: 0 });
    player.pause();
    player.resume();
    expect(engine.last.text).toBe('chunk. ');
    engine.end();
    expect(engine.last.text).toBe('Second chunk.');
  });

  it('stops: silence, idle, and a later play starts from the top', () => {
    player.play(BLOCKS);
    engine.end();
    player.stop();
    expect(lastState()).toEqual({ status: 'idle', block: -1 });
    expect(engine.speaking).toBeUndefined();
    player.play(BLOCKS);
    expect(engine.last.text).toBe('Title');
  });

  it('ignores the events of an utterance it cancelled', () => {
    player.play(BLOCKS);
    const cancelled = engine.last;
    player.pause();
    cancelled.onend!();
    cancelled.onboundary!({ name: 'word', charIndex: 3 });
    expect(lastState()).toEqual({ status: 'paused', block: 0 });
    player.resume();
    expect(engine.last.text).toBe('Title');
  });

  it('applies speed and voice to every utterance, and a change while playing restarts at the current word', () => {
    player.play(BLOCKS, 1);
    expect(engine.last).toMatchObject({ rate: 1, voice: null, lang: 'en' });
    engine.last.onboundary!({ name: 'word', charIndex: 6 });
    player.configure({ voice: VOICE, rate: 1.5, lang: 'en' });
    expect(engine.last).toMatchObject({ text: 'chunk. ', rate: 1.5, voice: VOICE, lang: 'en-GB' });
    expect(lastState()).toEqual({ status: 'playing', block: 1 });
  });

  it('only remembers a change while paused, and uses it on resume', () => {
    player.play(BLOCKS);
    player.pause();
    const spoken = engine.spoken.length;
    player.configure({ voice: undefined, rate: 2, lang: 'en' });
    expect(engine.spoken).toHaveLength(spoken);
    player.resume();
    expect(engine.last.rate).toBe(2);
  });

  it('stops with the voice’s error, and reports it once', () => {
    player.play(BLOCKS);
    engine.last.onerror!({ error: 'network' });
    expect(lastState()).toEqual({ status: 'idle', block: -1, error: 'network' });
    player.pause();
    player.resume();
    expect(states.filter((state) => state.error)).toHaveLength(1);
  });

  it('does nothing with nothing to read', () => {
    player.play([]);
    expect(engine.spoken).toEqual([]);
    expect(lastState()).toEqual({ status: 'idle', block: -1 });
  });
});
