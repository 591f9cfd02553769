import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { operations } from '@terrapin/core';
import { describe, expect, test } from 'vitest';
import { runInProcess, tempConfigHome } from './helpers/in-process';

async function script(shell: string): Promise<string> {
  const r = await runInProcess(['completion', shell]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

/**
 * Sources the script in a non-interactive bash and calls the completion function as bash would on <TAB>, with
 * COMP_WORDS / COMP_CWORD set (no terminal needed). Returns the candidates.
 */
function complete(path: string, words: string[]): string[] {
  const out = execFileSync(
    'bash',
    [
      '--norc',
      '--noprofile',
      '-c',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash parameter expansion, not a JS template.
      'source "$0"; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _terrapin; printf "%s\\n" "${COMPREPLY[@]}"',
      path,
      ...words,
    ],
    { encoding: 'utf8' },
  );
  return out.split('\n').filter(Boolean);
}

describe('terrapin completion bash', () => {
  test('completes commands, subcommands, flags and enum values from the operations table', async () => {
    const path = join(tempConfigHome(), 'terrapin.bash');
    writeFileSync(path, await script('bash'));
    expect(complete(path, ['terrapin', 'bonds', 're'])).toEqual(['reference']);
    expect(complete(path, ['terrapin', 'mu'])).toEqual(['munis', 'muni']);
    // The singular alias leads to the same commands; program options before the command are skipped.
    expect(complete(path, ['terrapin', '--base-url', 'http://x', 'muni', 'price-to-'])).toEqual([
      'price-to-yield',
    ]);
    expect(complete(path, ['terrapin', 'bonds', 'search', '--format', ''])).toEqual([
      'table',
      'json',
      'ndjson',
      'csv',
    ]);
    expect(complete(path, ['terrapin', 'completion', ''])).toEqual(
      expect.arrayContaining(['bash', 'zsh', 'fish']),
    );
    // Every operation's command is there, and every enum value of its fields (spaces escaped for the shell).
    const ops = Object.values(operations) as unknown as { method: string; namespace: string | null }[];
    const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    for (const op of ops.filter((o) => o.namespace === 'munis')) {
      expect(complete(path, ['terrapin', 'munis', ''])).toContain(kebab(op.method));
    }
    const flags = complete(path, ['terrapin', 'bonds', 'search', '--']);
    expect(flags).toEqual(
      expect.arrayContaining(['--coupon-min', '--countries', '--query', '--all', '--api-key']),
    );
    const interest = complete(path, ['terrapin', 'bonds', 'search', '--interest-types', '']);
    expect(interest.length).toBeGreaterThan(1);
    expect(interest.some((v) => v.includes('\\ '))).toBe(true);
  });

  test('zsh loads the same table through bashcompinit; fish gets complete lines', async () => {
    const zsh = await script('zsh');
    expect(zsh).toMatch(/^#compdef terrapin/);
    expect(zsh).toContain('bashcompinit');
    expect(zsh).toContain("'bonds|reference') _terrapin_next='bonds reference'");
    const fish = await script('fish');
    expect(fish).toContain("complete -c terrapin -f -n '__terrapin_is \\'bonds\\'' -a 'reference'");
    expect(fish).toMatch(/-l format -x -a 'table json ndjson csv'/);
  });

  test('an unknown shell is a usage error', async () => {
    const r = await runInProcess(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bash, zsh, fish');
  });
});
