/**
 * Where the reader stopped in each article, so reopening the reader on the same page scrolls back
 * there. Kept in storage.local, capped, oldest dropped; the popup can forget them all.
 */
import { storage } from 'wxt/utils/storage';

interface Position {
  /** Share of the article scrolled past, 0..1. */
  ratio: number;
  /** When it was saved (ms since epoch), to drop the oldest first. */
  at: number;
}

type Positions = Record<string, Position>;

// Enough for weeks of reading, small enough to stay well inside storage.local's quota.
const MAX_POSITIONS = 200;
// Near the top there is nothing to restore; near the end the article has been read.
const MIN_RATIO = 0.02;
const MAX_RATIO = 0.98;

const positionsItem = storage.defineItem<Positions>('local:readingPositions', { fallback: {}, version: 1 });

function isPosition(value: unknown): value is Position {
  const { ratio, at } = (value ?? {}) as Partial<Position>;
  return typeof ratio === 'number' && ratio >= 0 && ratio <= 1 && typeof at === 'number' && Number.isFinite(at);
}

/** Stored positions, with anything malformed left out. */
async function loadPositions(): Promise<Positions> {
  try {
    const raw = await positionsItem.getValue();
    if (typeof raw !== 'object' || raw === null) return {};
    return Object.fromEntries(Object.entries(raw).filter(([, value]) => isPosition(value)));
  } catch {
    return {};
  }
}

/** The page key: the URL without its fragment, which jumps within the page rather than naming it. */
const keyOf = (url: string) => url.split('#')[0]!;

export async function recallPosition(url: string): Promise<number | undefined> {
  return (await loadPositions())[keyOf(url)]?.ratio;
}

/** Never rejects: it runs as the reader closes, and when storage refuses (quota) the place is just not kept. */
export async function rememberPosition(url: string, ratio: number, now = Date.now()): Promise<void> {
  const positions = await loadPositions();
  delete positions[keyOf(url)];
  if (ratio >= MIN_RATIO && ratio <= MAX_RATIO) positions[keyOf(url)] = { ratio, at: now };
  const newestFirst = Object.entries(positions).sort(([, a], [, b]) => b.at - a.at);
  await positionsItem.setValue(Object.fromEntries(newestFirst.slice(0, MAX_POSITIONS))).catch(() => undefined);
}

export function forgetPositions(): Promise<void> {
  return positionsItem.removeValue();
}
