import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { CliUsageError } from '../src/errors';
import { collectIsins, isinProblem, parseIsinText } from '../src/isin-input';
import { tempConfigHome } from './helpers/in-process';

const stdinOf = (text: string) => Object.assign(Readable.from([Buffer.from(text)]), { isTTY: false });
const noStdin = Object.assign(Readable.from([]), { isTTY: true });

describe('ISIN input', () => {
  test('one per line or comma-separated, comments and blanks ignored, line numbers kept', () => {
    expect(parseIsinText('US0378331005, XS2724510792\n\n# note\nus00037cuq13 # trailing\n', 'f.txt')).toEqual(
      [
        { value: 'US0378331005', origin: 'f.txt:1' },
        { value: 'XS2724510792', origin: 'f.txt:1' },
        { value: 'us00037cuq13', origin: 'f.txt:4' },
      ],
    );
  });

  test('explains what is wrong', () => {
    expect(isinProblem('US0378331005')).toBeUndefined();
    expect(isinProblem('US037833100')).toBe('must be 12 characters, got 11');
    expect(isinProblem('US0378331006')).toBe('invalid check digit (expected 5)');
    expect(isinProblem('1S0378331005')).toContain('2 letters');
    // CONTRACT.md §8: the docs' own sample has a wrong check digit.
    expect(isinProblem('US912810TM06')).toBe('invalid check digit (expected 9)');
  });

  test('merges arguments, flag, file and stdin; normalises and de-duplicates', async () => {
    const dir = tempConfigHome();
    writeFileSync(join(dir, 'isins.txt'), 'XS2724510792\nUS00037CUQ13\n');
    const isins = await collectIsins({
      args: ['us0378331005', '-'],
      flag: ['US0378331005'],
      file: 'isins.txt',
      stdin: stdinOf('XS1610682764\n'),
      cwd: dir,
    });
    expect(isins).toEqual(['US0378331005', 'XS1610682764', 'XS2724510792', 'US00037CUQ13']);
  });

  test('every invalid ISIN is reported with its line, nothing else happens', async () => {
    const dir = tempConfigHome();
    writeFileSync(join(dir, 'isins.txt'), 'US0378331005\nUS0378331006\nXS2724510792\nBAD\n');
    const error = await collectIsins({ file: 'isins.txt', stdin: noStdin, cwd: dir }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CliUsageError);
    expect((error as CliUsageError).message).toBe('2 invalid ISINs; nothing was sent');
    expect((error as CliUsageError).details).toEqual([
      'isins.txt:2: "US0378331006" invalid check digit (expected 5)',
      'isins.txt:4: "BAD" must be 12 characters, got 3',
    ]);
  });

  test('`-` with a terminal on stdin is a usage error, not a hang', async () => {
    await expect(collectIsins({ args: ['-'], stdin: noStdin, cwd: '.' })).rejects.toThrow(
      /stdin is a terminal/,
    );
  });

  test('a missing file is a usage error', async () => {
    await expect(collectIsins({ file: 'nope.txt', stdin: noStdin, cwd: tempConfigHome() })).rejects.toThrow(
      /cannot read --isins-file nope.txt: ENOENT/,
    );
  });
});
