// The WCXB metric, checked against values computed by hand.
import { describe, expect, it } from 'vitest';
import { normaliseForSnippets, scoreSnippets, scoreWords, words } from '../../scripts/eval/metric';

describe('words', () => {
  it('lowercases and keeps Unicode letters, digits and underscores, splitting on everything else', () => {
    expect(words("Café NAÏVE, 東京! snake_case x2 don't — 3.5")).toEqual(['café', 'naïve', '東京', 'snake_case', 'x2', 'don', 't', '3', '5']);
  });
});

describe('scoreWords', () => {
  it('scores the multiset overlap: 4 shared of 6 predicted and 5 expected', () => {
    // prediction: the×2 cat sat on mat; reference: the cat on a mat; overlap the(1) cat on mat = 4.
    const score = scoreWords('The cat sat on the mat', 'the cat, on a mat');
    expect(score.precision).toBeCloseTo(4 / 6, 10);
    expect(score.recall).toBeCloseTo(4 / 5, 10);
    expect(score.f1).toBeCloseTo(8 / 11, 10);
  });

  it('counts a repeated word only as often as the reference has it', () => {
    expect(scoreWords('a a a', 'a')).toEqual({ precision: 1 / 3, recall: 1, f1: 0.5 });
  });

  it('is case-insensitive and ignores punctuation and layout', () => {
    expect(scoreWords('HELLO,\n\n  World!', 'hello world').f1).toBe(1);
  });

  it('scores an empty reference 1 only for an empty prediction', () => {
    expect(scoreWords('', '').f1).toBe(1);
    expect(scoreWords(' — ', '...').f1).toBe(1);
    expect(scoreWords('boilerplate', '').f1).toBe(0);
  });

  it('scores an empty prediction or no shared word 0', () => {
    expect(scoreWords('', 'some text')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(scoreWords('other words', 'some text')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('snippets', () => {
  it('normalises whitespace and case', () => {
    expect(normaliseForSnippets('  Sign\n\tIN  now ')).toBe('sign in now');
  });

  it('finds `with` snippets and leaked `without` snippets in the normalised output', () => {
    const output = 'Prime Minister Mark Carney\nwill travel to France.\n\nSubscribe';
    expect(scoreSnippets(output, ['mark carney will travel', 'Ceasefire talks'], ['SUBSCRIBE', 'Sign In'])).toEqual({
      found: ['mark carney will travel'],
      leaked: ['SUBSCRIBE'],
    });
  });
});
