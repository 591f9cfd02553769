import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as analytics from '../../src/analytics/index';
import {
  addMonths,
  daysBetween,
  isEndOfMonth,
  isIsoDate,
  TerrapinAnalyticsError,
} from '../../src/analytics/index';
import { isTerrapinError, TerrapinError } from '../../src/errors/index';

describe('UTC date helpers', () => {
  it('addMonths clamps to the month length, or lands on month ends', () => {
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-02-28', 6, { endOfMonth: true })).toBe('2025-08-31');
    expect(addMonths('2000-03-15', -13)).toBe('1999-02-15');
    expect(() => addMonths('2024-01-31', 1.5)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
  it('daysBetween counts calendar days across leap years and centuries', () => {
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('1900-02-01', '1900-03-01')).toBe(28);
    expect(daysBetween('2000-02-01', '2000-03-01')).toBe(29);
    expect(daysBetween('1970-01-01', '2024-01-01')).toBe(Date.UTC(2024, 0, 1) / 86_400_000);
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29);
  });
  it('isIsoDate accepts only real YYYY-MM-DD dates and never throws', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of [
      '2023-02-29',
      '2024-04-31',
      '2024-00-10',
      '24-01-01',
      '2024/01/01',
      20240101,
      null,
      undefined,
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });
  it('isEndOfMonth', () => {
    expect(isEndOfMonth('2024-02-29')).toBe(true);
    expect(isEndOfMonth('2023-02-28')).toBe(true);
    expect(isEndOfMonth('2024-02-28')).toBe(false);
  });
  it('a bad date names the argument and the expected form', () => {
    expect(() => daysBetween('01/02/2024', '2024-03-01')).toThrow(
      expect.objectContaining({
        code: 'invalid_date',
        field: 'start',
        message: expect.stringContaining('YYYY-MM-DD'),
      }),
    );
  });
});

describe('TerrapinAnalyticsError', () => {
  it('carries the brand every @terrapin/core error has, so isTerrapinError() recognises it', () => {
    const error = new TerrapinAnalyticsError('invalid_input', 'x', { field: 'price' });
    expect((error as unknown as Record<symbol, unknown>)[Symbol.for('terrapin.error')]).toBe(true);
    expect(Object.keys(error)).not.toContain(Symbol.for('terrapin.error'));
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toBe('TerrapinAnalyticsError: x');
  });
  it('is() recognises a copy from another bundle by its brand and kind, not a lookalike without the brand', () => {
    // What a second bundled copy of core looks like: a different class, the same global brand and `kind`.
    class OtherCopy extends Error {
      static readonly kind = 'TerrapinAnalyticsError';
      get [Symbol.for('terrapin.error')]() {
        return true;
      }
    }
    class Lookalike extends Error {
      static readonly kind = 'TerrapinAnalyticsError';
    }
    expect(TerrapinAnalyticsError.is(new OtherCopy('x'))).toBe(true);
    expect(isTerrapinError(new OtherCopy('x'))).toBe(true);
    expect(TerrapinAnalyticsError.is(new Lookalike('x'))).toBe(false);
    expect(TerrapinAnalyticsError.is(new Error('x'))).toBe(false);
    expect(TerrapinAnalyticsError.is(null)).toBe(false);
  });
  it('is a TerrapinError: one root, so isTerrapinError and instanceof cover the errors analytics throws', () => {
    let thrown: unknown;
    try {
      analytics.dayCountFraction('act/366' as never, '2024-01-01', '2024-07-01');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(TerrapinError);
    expect(isTerrapinError(thrown)).toBe(true);
    expect(TerrapinAnalyticsError.is(thrown)).toBe(true);
    expect(TerrapinError.is(thrown)).toBe(true);
    expect((thrown as TerrapinAnalyticsError).code).toBe('unknown_day_count');
    // The root's toJSON: name, message and the analytics fields, nothing undefined.
    expect(
      JSON.parse(
        JSON.stringify(new TerrapinAnalyticsError('missing_field', 'no coupon', { field: 'coupon' })),
      ),
    ).toEqual({
      name: 'TerrapinAnalyticsError',
      message: 'no coupon',
      code: 'missing_field',
      field: 'coupon',
    });
    expect(JSON.parse(JSON.stringify(new TerrapinAnalyticsError('invalid_input', 'x')))).toEqual({
      name: 'TerrapinAnalyticsError',
      message: 'x',
      code: 'invalid_input',
    });
  });
});

describe('the @terrapin/core/analytics entry', () => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/analytics');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );
  // The one runtime import outside the folder: the error root, which itself imports only the brand (no HTTP).
  const errorRoot = resolve(root, '../errors/terrapin-error.ts');
  it('imports nothing outside its folder at runtime but the HTTP-free error root (no client, no ky)', () => {
    for (const file of files(root)) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
        const [, , typeOnly, specifier = ''] = match;
        const target = resolve(dirname(file), specifier);
        const inside = specifier.startsWith('.') && !relative(root, target).startsWith('..');
        if (!inside && `${target}.ts` !== errorRoot)
          expect({ file: relative(root, file), specifier, typeOnly: Boolean(typeOnly) }).toMatchObject({
            typeOnly: true,
          });
      }
    }
  });
  it('the error root it imports stays HTTP-free (imports only the brand)', () => {
    const imports = [...readFileSync(errorRoot, 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    expect(imports).toEqual(['./brand']);
    expect(readFileSync(resolve(root, '../errors/brand.ts'), 'utf8')).not.toMatch(/\bfrom\s+'/);
  });
  it('exports the issue #4 API', () => {
    for (const name of [
      'dayCountFraction',
      'dayCount',
      'couponSchedule',
      'previousCouponDate',
      'nextCouponDate',
      'accruedInterest',
      'priceFromYield',
      'yieldFromPrice',
      'macaulayDuration',
      'modifiedDuration',
      'convexity',
      'dv01',
      'cleanToDirty',
      'dirtyToClean',
      'bondFromReference',
      'cashflowSchedule',
    ]) {
      expect(typeof (analytics as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
