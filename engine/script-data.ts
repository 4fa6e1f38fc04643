/**
 * A script's data printed as an element's text rather than in a <script> (a widget's settings or a buy
 * box's prices as JSON in a div the page hides by its stylesheet or a zero opacity): never words for a reader.
 */

/** Shorter JSON may be a writer's example in a sentence's own line; a script's data runs longer. */
const MIN_DATA_CHARS = 200;
/** A JSON object opening with a key, or an array opening with a string, an object or an array. */
const DATA_OPENING = /^[[{]\s*["[{]/;

/** True when the text, trimmed, is one JSON object or array (see MIN_DATA_CHARS). */
export function isScriptData(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < MIN_DATA_CHARS || !DATA_OPENING.test(trimmed)) return false;
  try {
    return typeof JSON.parse(trimmed) === 'object';
  } catch {
    return false;
  }
}
