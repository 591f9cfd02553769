import { type AnyOperation, type OperationName, operations } from '@terrapin/core';
import { operationDocs } from '@terrapin/core/docs';
import type { Command } from 'commander';
import { describe, expect, test } from 'vitest';
import { createProgram } from '../src/index';
import { fieldFlag } from '../src/naming';

function find(program: Command, path: string[]): Command | undefined {
  let cmd: Command | undefined = program;
  for (const name of path) cmd = cmd?.commands.find((c) => c.name() === name || c.aliases().includes(name));
  return cmd;
}

const program = createProgram({ env: {} });

describe('commands derived from the operations table', () => {
  test('the command tree of issue 8', () => {
    const names = (path: string[]) => find(program, path)?.commands.map((c) => c.name());
    expect(names(['bonds'])).toEqual([
      'search',
      'reference',
      'pricing-latest',
      'pricing-history',
      'cashflows',
    ]);
    expect(names(['agency'])).toEqual([
      'search',
      'reference',
      'pricing-latest',
      'pricing-history',
      'cashflows',
    ]);
    expect(names(['munis'])).toEqual([
      'search',
      'entity-search',
      'reference',
      'pricing-latest',
      'pricing-history',
      'pricing-daily-history',
      'price-to-yield',
      'cashflows',
      'documents',
      'bonds-in-series',
      'events',
      'stats-trade-activity',
      'stats-top-issuers',
    ]);
    expect(find(program, ['inflation-factors'])).toBeDefined();
    expect(find(program, ['convert-to-isin'])).toBeDefined();
    expect(find(program, ['documents', 'download'])).toBeDefined();
    expect(find(program, ['muni', 'reference'])).toBe(find(program, ['munis', 'reference']));
  });

  test('every request field of every operation has its flag (or a --body route)', () => {
    for (const op of Object.values(operations) as AnyOperation[]) {
      if ((op.response as { kind?: string }).kind === 'binary') continue;
      const path = op.namespace
        ? [op.namespace, op.method.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()]
        : [op.method.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()];
      const cmd = find(program, path);
      expect(cmd, op.name).toBeDefined();
      const flags = cmd!.options.map((o) => o.long);
      expect(flags).toContain('--body');
      expect(flags).toContain('--format');
      for (const field of operationDocs[op.name as OperationName].fields) {
        expect(flags, `${op.name}.${field.name}`).toContain(fieldFlag(field.name));
        if (field.type === 'boolean') expect(flags).toContain(`--no-${fieldFlag(field.name).slice(2)}`);
      }
      expect(flags.includes('--all'), op.name).toBe(op.paginated);
    }
  });

  test('help text comes from the spec: summary, description, field descriptions, enums', () => {
    const search = find(program, ['bonds', 'search'])!;
    const help = search.helpInformation();
    expect(help).toContain(operationDocs.bond_search.description);
    expect(help).toContain('--coupon-min <number>');
    expect(help).toContain('Lower bound on coupon (percent).');
    expect(help).toContain('"fixed rate"');
    expect(help).toContain('--maturity-date-min <YYYY-MM-DD>');
    const docs = find(program, ['munis', 'documents'])!.helpInformation();
    expect(docs).toContain('One of: disclosure_document, official_statement');
    expect(docs).toContain('(required)');
    expect(find(program, ['munis'])!.helpInformation()).toContain(operationDocs.muni_price_to_yield.summary);
  });
});
