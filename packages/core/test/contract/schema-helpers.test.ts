import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { int, isoDate } from '../../src/contract/schema-helpers';

// isoDate() and int() stand in for z.iso.date() and z.int() in the generated request schemas (smaller browser
// bundle). They must accept exactly what zod accepts and report the same issues, so 422s do not change.
const issueShape = (result: { success: boolean; error?: { issues: readonly z.core.$ZodIssue[] } }) =>
  result.success
    ? []
    : (result.error?.issues ?? []).map((i) => ({
        code: i.code,
        path: i.path,
        format: 'format' in i ? i.format : undefined,
        expected: 'expected' in i ? i.expected : undefined,
        origin: 'origin' in i ? i.origin : undefined,
        minimum: 'minimum' in i ? i.minimum : undefined,
        maximum: 'maximum' in i ? i.maximum : undefined,
      }));

function sameAsZod(ours: z.ZodMiniType, zods: z.ZodMiniType, value: unknown) {
  const a = ours.safeParse(value);
  const b = zods.safeParse(value);
  expect(a.success, JSON.stringify(value)).toBe(b.success);
  expect(issueShape(a), JSON.stringify(value)).toEqual(issueShape(b));
}

describe('isoDate() behaves as z.iso.date()', () => {
  const ours = isoDate();
  const zods = z.iso.date();
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  it('on edge cases', () => {
    for (const value of [
      '2024-02-29',
      '2023-02-29',
      '2000-02-29',
      '1900-02-29',
      '0000-02-29',
      '2024-04-31',
      '2024-12-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-1-01',
      '20240101',
      ' 2024-01-01',
      '2024-01-01T00:00:00Z',
      '２０２４-01-01',
      '',
      7,
      null,
      undefined,
    ])
      sameAsZod(ours, zods, value);
  });

  it('on arbitrary date-shaped and other strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .tuple(fc.nat(9999), fc.nat(14), fc.nat(33))
            .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
          fc.string(),
        ),
        (value) => sameAsZod(ours, zods, value),
      ),
      { numRuns: 5000 },
    );
  });
});

describe('int() behaves as z.int()', () => {
  it('alone and followed by range checks', () => {
    const pairs = [
      [int(), z.int()],
      [int().check(z.gte(0)), z.int().check(z.gte(0))],
      [int().check(z.gte(1), z.lte(50)), z.int().check(z.gte(1), z.lte(50))],
    ] as const;
    const values = [
      0,
      1,
      -1,
      50,
      51,
      1.5,
      -0.5,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER + 1,
      -Number.MAX_SAFE_INTEGER - 1,
      1e300,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '3',
      null,
      undefined,
    ];
    for (const [ours, zods] of pairs) {
      for (const value of values) sameAsZod(ours, zods, value);
      fc.assert(
        fc.property(fc.oneof(fc.integer(), fc.double(), fc.jsonValue()), (value) =>
          sameAsZod(ours, zods, value),
        ),
        { numRuns: 2000 },
      );
    }
  });
});
