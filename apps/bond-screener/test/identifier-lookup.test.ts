import { describe, expect, it } from 'vitest';
import { parseIdentifier } from '../src/lib/identifier-lookup';

describe('parseIdentifier (offline, before any request)', () => {
  it('accepts an ISIN in any case and spacing', () => {
    expect(parseIdentifier(' it0005580540 ')).toEqual({ ok: true, isin: 'IT0005580540' });
  });
  it('explains a bad ISIN check digit with the right digit', () => {
    expect(parseIdentifier('IT0005033525')).toEqual({
      ok: false,
      message: 'IT0005033525 is not a valid ISIN: the check digit should be 4.',
    });
  });
  it('converts a CUSIP to its US ISIN', () => {
    expect(parseIdentifier('037833100')).toEqual({ ok: true, isin: 'US0378331005', fromCusip: '037833100' });
  });
  it('explains a bad CUSIP check digit', () => {
    expect(parseIdentifier('037833101')).toEqual({
      ok: false,
      message: '037833101 is not a valid CUSIP: the check digit should be 0.',
    });
  });
  it('says what an identifier looks like for anything else', () => {
    const parsed = parseIdentifier('hello');
    expect(parsed.ok).toBe(false);
  });
});
