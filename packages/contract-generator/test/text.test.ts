import { describe, expect, test } from 'vitest';
import { docComment, LINE_WIDTH, stringLiteral, wrap } from '../src/emit/text';
import { sharedWords, singular } from '../src/model/words';

describe('text that fits the line width', () => {
  const long = 'word '.repeat(60).trim();

  test('doc comments wrap within the width and cannot be closed early by the text', () => {
    const comment = docComment(`${long} */ end`, 2);
    for (const line of comment.split('\n')) expect(line.length).toBeLessThanOrEqual(LINE_WIDTH);
    expect(comment.match(/\*\//g)).toHaveLength(1);
    expect(docComment('short')).toBe('/** short */');
  });

  test('long string literals split at spaces into parts that evaluate to the same text', () => {
    const code = stringLiteral(long);
    expect(code).toContain("' + '".replace(/'/g, '"'));
    expect(new Function(`return ${code};`)()).toBe(long);
    expect(stringLiteral('short')).toBe('"short"');
  });

  test('wrap keeps every word, in order', () => {
    expect(wrap('a bb ccc dddd', 6)).toEqual(['a bb', 'ccc', 'dddd']);
  });
});

describe('words', () => {
  test('shared words keep the common start and end of the keys', () => {
    expect(
      sharedWords([
        ['composite', 'issue', 'rating'],
        ['composite', 'issuer', 'rating'],
      ]),
    ).toEqual(['composite', 'rating']);
    expect(sharedWords([['limit'], ['offset']])).toEqual([]);
  });

  test('singular drops a plural s but not the s of words that end in one', () => {
    expect(['cashflows', 'isins', 'status', 'class'].map(singular)).toEqual([
      'cashflow',
      'isin',
      'status',
      'class',
    ]);
  });
});
