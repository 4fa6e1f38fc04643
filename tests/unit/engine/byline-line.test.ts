// Which lines at the head of the body are the page's own byline or dateline (engine/byline-line.ts).
import { describe, expect, it } from 'vitest';
import { bylineNames, isBylineLine, isLabelledBylineLine, isPostFooterLine } from '../../../engine/byline-line';

describe('isBylineLine', () => {
  const names = bylineNames('Jane Doe and John Roe');

  it.each([
    'By Jane Doe | March 3, 2024 | 5 min read',
    'Jane Doe',
    'by Jane Doe, John Roe',
    'Jane Doe, Staff Writer',
    'John Roe USA TODAY',
    'Updated 2 hours ago',
    'Published on: February 14, 2025',
    'Tuesday February 11 2025',
    'By Jane Doe Jan. 31, 2026 7:47 am EST',
    'December 17, 2025 • 8 minutes',
    '[Submitted on 18 Dec 2025]',
    // A dateline naming the post's category.
    'Posted on March 3, 2024 in News',
    'Published 2025-12-20 in ColdFusion',
    // A word with an apostrophe is one word of the role.
    "By Jane Doe, Executive Editor, Harvard Women's Health Watch",
  ])('takes %j', (line) => expect(isBylineLine(line, names)).toBe(true));

  it.each([
    'Photo by Jane Doe',
    'This post was written by Jane Doe, a gastroenterologist at the county hospital.',
    'Jane Doe reports from the harbour, where the ferries stopped.',
    'Jane Doe, 4 years covering computer hardware, software, and science',
    'September 10 12pm- 1pm Room 217 with a guest speaker',
    'Originally published in March 2022.',
    'Published March 3, 2024 in the Journal of Applied Physics',
    'Released in 2019 as a single in Japan',
    'Effective beginning 6/2/2025:',
    'Ferries',
  ])('keeps %j', (line) => expect(isBylineLine(line, names)).toBe(false));

  it('reads the names a byline credits, the whole byline first', () => {
    expect(bylineNames('Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal')).toEqual([
      'manoj jain and jagpreet chhatwal, the commercial appeal', 'the commercial appeal', 'jagpreet chhatwal', 'manoj jain',
    ]);
    expect(bylineNames(undefined)).toEqual([]);
  });
});

describe('isLabelledBylineLine', () => {
  const names = bylineNames('Jane Doe');

  it.each(['By Jane Doe', 'Written by Jane Doe, Staff Writer', 'by Jane Doe | March 3, 2024'])('takes %j', (line) =>
    expect(isLabelledBylineLine(line, names)).toBe(true),
  );

  // A name alone may be a forum poster's heading, a date alone a diary's entry.
  it.each(['Jane Doe', 'March 3, 2024', 'By the numbers', 'Photo by Jane Doe', 'By Jane Doe and her neighbours, who kept the ferry running.'])(
    'keeps %j',
    (line) => expect(isLabelledBylineLine(line, names)).toBe(false),
  );
});

describe('isPostFooterLine', () => {
  it.each([
    'Posted by David at December 16, 2025 11:15 AM',
    'Posted by Ann Lee on 3 March 2024',
    'Written by jdoe42 at 10:32 PM',
  ])('takes %j', (line) => expect(isPostFooterLine(line)).toBe(true));

  it.each([
    'Posted by David',
    'Posted by the city council on March 3, 2024, the notice asks residents to move their cars.',
    'Written by a team of volunteers over the summer of 2024',
    'The photo was posted by David at 11:15 AM',
  ])('keeps %j', (line) => expect(isPostFooterLine(line)).toBe(false));
});
