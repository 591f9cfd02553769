import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cusipCheckDigit } from '@terrapin/core/identifiers';
import { describe, expect, test } from 'vitest';
import { runInProcess, tempConfigHome } from './helpers/in-process';

describe('terrapin isin (offline)', () => {
  test('check: all valid → 0, with one row per input', async () => {
    const r = await runInProcess(['isin', 'check', 'US0378331005', 'xs2724510792', '--format', 'json']);
    expect(r.code).toBe(0);
    const { data } = JSON.parse(r.stdout);
    expect(data).toEqual([
      { input: 'US0378331005', isin: 'US0378331005', valid: true, problem: null, origin: 'argument 1' },
      { input: 'xs2724510792', isin: 'XS2724510792', valid: true, problem: null, origin: 'argument 2' },
    ]);
  });

  test('check: any invalid → 2, the reason in the output, stdin lines numbered', async () => {
    const r = await runInProcess(['isin', 'check', '-', '--format', 'csv'], {
      stdin: 'US0378331005\nUS912810TM06\n',
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('US912810TM06,US912810TM06,false,invalid check digit (expected 9),stdin:2');
    expect(r.stderr).toContain('1 of 2 ISINs are invalid');
  });

  test('from-cusip converts offline and flags bad CUSIPs', async () => {
    const ok = await runInProcess(['isin', 'from-cusip', '037833100', '--format', 'ndjson']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({
      cusip: '037833100',
      isin: 'US0378331005',
      valid: true,
      problem: null,
    });
    const bad = await runInProcess(['isin', 'from-cusip', '037833101', '--format', 'json']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).data[0]).toMatchObject({ valid: false, isin: null });
  });

  test('from-cusip explains that a private-placement CUSIP has no ISIN', async () => {
    const ppn = `G123#45A${cusipCheckDigit('G123#45A')}`;
    const r = await runInProcess(['isin', 'from-cusip', ppn, '037833100', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).data).toEqual([
      { cusip: ppn, isin: null, valid: false, problem: 'private placement CUSIP (* @ #): no ISIN' },
      { cusip: '037833100', isin: 'US0378331005', valid: true, problem: null },
    ]);
    expect(r.stderr).toContain('1 of 2 CUSIPs are invalid');
  });

  test('on a terminal it prints a table', async () => {
    const r = await runInProcess(['isin', 'check', 'US0378331005'], { stdoutTTY: true });
    expect(r.stdout).toContain('│ US0378331005');
  });
});

describe('terrapin quota', () => {
  test('reads the local ledger next to the config and shows the budget', async () => {
    const home = tempConfigHome();
    const period = new Date().toISOString().slice(0, 7);
    mkdirSync(join(home, 'terrapin'), { recursive: true });
    writeFileSync(
      join(home, 'terrapin', 'quota.json'),
      JSON.stringify({ [period]: ['US0378331005', 'XS2724510792'], '2000-01': ['X'] }),
    );
    writeFileSync(join(home, 'terrapin', 'config.json'), JSON.stringify({ monthlyIsinBudget: 10 }));
    const env = { XDG_CONFIG_HOME: home };
    const json = await runInProcess(['quota', '--format', 'json', '--list'], { env });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      period,
      used: 2,
      budget: 10,
      remaining: 8,
      isins: ['US0378331005', 'XS2724510792'],
    });
    const text = await runInProcess(['quota'], { env, stdoutTTY: true });
    expect(text.stdout).toContain('used:      2 distinct ISINs');
    expect(text.stdout).toContain('remaining: 8');
  });

  test('an empty ledger is zero, not an error', async () => {
    const r = await runInProcess(['quota', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ used: 0, budget: null, remaining: null });
  });
});
