import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RecordedMock, startRecordedMock } from './mock';
import { type Project, type ProjectSpec, prepareProject } from './project';
import { runTarget, type TargetRun } from './run';

/** One ecosystem target: a project to install, a command to run in it, and the checks it must report. */
export interface TargetSpec {
  /** Shown in test names and the matrix, e.g. `Bun`. */
  name: string;
  /** The versions under test, for the matrix, e.g. `bun 1.4.5`. */
  versions: string;
  project: ProjectSpec;
  /** The command, given the installed project and the running mock. */
  command: (project: Project, mock: RecordedMock) => Command | Promise<Command>;
  /** The check names the target's fixture must report, each one test. */
  checks: readonly string[];
  /** When set, one more test: every request the target sent carried a User-Agent matching this. */
  userAgent?: RegExp;
  /** Cap on the run (not the install). @default 120_000 */
  timeoutMs?: number;
}

/** What to run in a target's project. */
export interface Command {
  command: string;
  args: string[];
  env?: Record<string, string>;
}

interface Row {
  target: string;
  versions: string;
  check: string;
  ok: boolean;
  detail: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    tarballs: Record<string, { file: string; sha256: string }>;
  }
}

const firstLine = (text: string) => text.split('\n')[0]?.slice(0, 160) ?? '';

/**
 * Declares the tests of a list of targets, run one after another (the machine has two cores and a second file runs
 * beside this one): per target, install (or reuse) its project, run it against the recording mock, then one test
 * per check. Writes the matrix as a Markdown table to `.reports/<reportName>.md`.
 */
export function describeTargets(reportName: string, targets: TargetSpec[]): void {
  let mock: RecordedMock;
  const rows: Row[] = [];
  const timings: string[] = [];
  beforeAll(async () => {
    mock = await startRecordedMock();
  });
  afterAll(async () => {
    await mock?.close();
    const table = [
      '| target | versions | check | result | detail |',
      '| --- | --- | --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${r.target} | ${r.versions} | ${r.check} | ${r.ok ? 'pass' : 'FAIL'} | ${r.detail.replaceAll('|', '\\|')} |`,
      ),
    ].join('\n');
    mkdirSync('.reports', { recursive: true });
    writeFileSync(join('.reports', `${reportName}.md`), `${table}\n\n${timings.join('\n')}\n`);
  });

  for (const target of targets) {
    describe(target.name, () => {
      let run: TargetRun | undefined;
      let agents: (string | null)[] = [];
      beforeAll(async () => {
        const project = await prepareProject(target.project, inject('tarballs'));
        const { command, args, env } = await target.command(project, mock);
        mock.clear();
        run = await runTarget(command, args, {
          cwd: project.dir,
          env: { TERRAPIN_API_KEY: mock.apiKey, TERRAPIN_BASE_URL: mock.url, ...env },
          timeoutMs: target.timeoutMs ?? 120_000,
        });
        agents = mock.userAgents();
        timings.push(
          `- ${target.name}: install ${project.install} ${project.installMs} ms, run ${run.ms} ms`,
        );
      }, 900_000);

      for (const check of target.checks) {
        it(check, () => {
          const result = run?.results.get(check);
          rows.push({
            target: target.name,
            versions: target.versions,
            check,
            ok: result?.ok ?? false,
            detail: firstLine(result?.detail ?? 'not reported'),
          });
          expect(result, `${target.name} did not report "${check}"`).toBeDefined();
          expect(result?.ok, result?.detail).toBe(true);
        });
      }
      const expected = target.userAgent;
      if (expected) {
        it('User-Agent', () => {
          const wrong = agents.filter((a) => !a || !expected.test(a));
          const ok = agents.length > 0 && wrong.length === 0;
          rows.push({
            target: target.name,
            versions: target.versions,
            check: 'User-Agent',
            ok,
            detail: agents[0] ?? 'no request seen',
          });
          expect(agents.length, 'requests seen by the recording proxy').toBeGreaterThan(0);
          expect(wrong, `every User-Agent matches ${expected}`).toEqual([]);
        });
      }
    });
  }
}
