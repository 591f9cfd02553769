import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const MARKER = '@@RESULTS@@';

/** One check as a target reports it. */
export interface CheckResult {
  check: string;
  ok: boolean;
  detail: string;
}

/** What a target run gave: its checks by name, its output, and how long it took. */
export interface TargetRun {
  results: Map<string, CheckResult>;
  output: string;
  ms: number;
}

/**
 * Runs a target's command in its project with only the variables it needs, and reads the results line its
 * fixture prints. A crash, a timeout or a missing results line throws, with the output, so every check of that
 * target fails with the reason.
 */
export async function runTarget(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs: number },
): Promise<TargetRun> {
  const started = Date.now();
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env };
  let output: string;
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd: options.cwd,
      env,
      timeout: options.timeoutMs,
      maxBuffer: 32 * 1024 * 1024,
    });
    output = `${stdout}${stderr}`;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
  const line = output.split('\n').find((l) => l.startsWith(MARKER));
  if (!line) throw new Error(`no results line in the output of ${command} ${args.join(' ')}:\n${output}`);
  const list = JSON.parse(line.slice(MARKER.length)) as CheckResult[];
  return { results: new Map(list.map((r) => [r.check, r])), output, ms: Date.now() - started };
}
