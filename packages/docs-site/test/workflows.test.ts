// The hosted-CI workflow definitions cannot run here: check that they parse and only name scripts that exist.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../scripts/code-blocks.mjs';

const dir = join(repoRoot, '.github/workflows');
const rootScripts = Object.keys(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).scripts);

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface Workflow {
  on: unknown;
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}

function commandsOf(workflow: Workflow): string[] {
  const commands: string[] = [];
  for (const job of Object.values(workflow.jobs)) {
    for (const step of job.steps) {
      if (step.run) commands.push(step.run);
      if (step.uses?.startsWith('changesets/action')) {
        for (const key of ['version', 'publish'] as const)
          if (step.with?.[key]) commands.push(step.with[key]);
      }
    }
  }
  return commands;
}

describe('.github/workflows', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));

  it('has the CI and release workflows', () => {
    expect(files.sort()).toEqual(['ci.yml', 'release.yml']);
  });

  it.each(files)('%s parses and every pnpm script / file it runs exists', (file) => {
    const workflow = parse(readFileSync(join(dir, file), 'utf8')) as Workflow;
    expect(workflow.on).toBeTruthy();
    expect(Object.keys(workflow.jobs).length).toBeGreaterThan(0);
    const commands = commandsOf(workflow);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      for (const [, script] of command.matchAll(/\bpnpm (?:run )?([a-z][\w:-]*)/g)) {
        const builtin = ['install', 'changeset', 'exec', 'dlx'].includes(script!);
        expect(builtin || rootScripts.includes(script!), `${file}: pnpm ${script}`).toBe(true);
      }
      for (const [, path] of command.matchAll(/\bbash (\S+)/g)) {
        expect(existsSync(join(repoRoot, path!)), `${file}: ${path}`).toBe(true);
      }
    }
  });

  it('release publishes through changesets with provenance permission', () => {
    const release = parse(readFileSync(join(dir, 'release.yml'), 'utf8'));
    expect(release.permissions['id-token']).toBe('write');
    const steps: Step[] = release.jobs.release.steps;
    expect(steps.some((s) => s.uses?.startsWith('changesets/action@'))).toBe(true);
  });

  it('every public package publishes with provenance and ships only built files', () => {
    for (const name of readdirSync(join(repoRoot, 'packages'))) {
      const pkg = JSON.parse(readFileSync(join(repoRoot, 'packages', name, 'package.json'), 'utf8'));
      if (pkg.private) continue;
      expect(pkg.publishConfig, pkg.name).toEqual({ access: 'public', provenance: true });
      expect(
        pkg.files.filter((f: string) => !['dist', 'bin'].includes(f)),
        pkg.name,
      ).toEqual([]);
      expect(existsSync(join(repoRoot, 'packages', name, 'LICENSE')), `${pkg.name} LICENSE`).toBe(true);
    }
  });
});
