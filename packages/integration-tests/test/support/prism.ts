import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { writePrismSpec } from './prism-spec';

/** One violation Prism logged, with the operation whose request it was logged under. */
export interface LoggedViolation {
  operation: string | null;
  severity: 'error' | 'warning';
  message: string;
}

/** A running `prism proxy` in front of an upstream. */
export interface PrismProxy {
  url: string;
  /** Violations logged so far (the full list; the `sl-violations` header is capped at ~8 KB). */
  readonly violations: readonly LoggedViolation[];
  /** How many requests Prism logged as received, per operation. */
  readonly received: ReadonlyMap<string, number>;
  /** Resolves once Prism has logged the end of `n` forwarded requests (its log trails the responses). */
  settled(n: number): Promise<void>;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);
const PRISM_BIN = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist/index.js');
// Prism takes 5–10 s to start on an idle 2-core machine and far longer beside the e2e browsers under turbo.
const START_TIMEOUT_MS = 150_000;
const SETTLE_TIMEOUT_MS = 5_000;
/** Lines kept for an error message when Prism fails to start. */
const KEPT_LINES = 40;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// Prism's pretty log (plain text when not on a TTY):
//   [HTTP SERVER] post /api/v1/bond_reference ℹ  info      Request received
//   [VALIDATOR] ✖  error     Violation: request.header.accept Request header parameter accept must be ...
//   [VALIDATOR] ⚠  warning   Violation: response.body ...
const RECEIVED = /\[HTTP SERVER\] \w+ \/api\/v1\/(\w+) .*Request received/;
const VIOLATION = /\[VALIDATOR\] \S+\s+(error|warning)\s+Violation: (.*)$/;
const FORWARDED = /\[PROXY\] .*(Received forward response|Request terminated|Unable to|Error)/;

/** Starts `prism proxy <spec copy> <upstream>` on a free port and follows its log. */
export async function startPrism(upstream: string): Promise<PrismProxy> {
  const { path } = writePrismSpec();
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [PRISM_BIN, 'proxy', path, upstream, '--port', String(port), '--host', '127.0.0.1', '--errors=false'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  const violations: LoggedViolation[] = [];
  const received = new Map<string, number>();
  const tail: string[] = [];
  let current: string | null = null;
  let finished = 0;
  let waiters: Array<() => void> = [];
  let ready: () => void = () => {};
  const listening = new Promise<void>((resolve) => {
    ready = resolve;
  });
  let buffered = '';
  const onData = (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const raw of lines) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colours if a TTY setting leaks in
      const line = raw.replace(/\u001b\[[0-9;]*m/g, '');
      tail.push(line);
      if (tail.length > KEPT_LINES) tail.shift();
      if (line.includes('Prism is listening')) ready();
      const r = RECEIVED.exec(line);
      if (r?.[1]) {
        current = r[1];
        received.set(current, (received.get(current) ?? 0) + 1);
        continue;
      }
      const v = VIOLATION.exec(line);
      if (v?.[1] && v[2]) {
        violations.push({ operation: current, severity: v[1] as 'error' | 'warning', message: v[2] });
        continue;
      }
      if (FORWARDED.test(line)) {
        finished++;
        for (const wake of waiters) wake();
        waiters = [];
      }
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const timer = setTimeout(() => child.kill(), START_TIMEOUT_MS);
  await Promise.race([
    listening,
    exited.then(() => {
      throw new Error(`prism exited before listening:\n${tail.join('\n')}`);
    }),
  ]);
  clearTimeout(timer);
  return {
    url: `http://127.0.0.1:${port}`,
    violations,
    received,
    async settled(n: number) {
      const deadline = Date.now() + SETTLE_TIMEOUT_MS;
      while (finished < n && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      // The validator logs just after the forward line; give the pipe one more turn.
      await new Promise((resolve) => setTimeout(resolve, 150));
    },
    async close() {
      if (child.exitCode === null) child.kill();
      await exited;
    },
  };
}

/** Logged violations as `operation: message × count`, array indices folded, for a short failure message. */
export function summarizeLogged(violations: readonly LoggedViolation[]): string[] {
  const counts = new Map<string, number>();
  for (const v of violations) {
    const key = `${v.operation ?? '?'} ${v.severity}: ${v.message.replace(/\.\d+(?=\.|\b)/g, '.*')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${key} × ${n}`);
}
