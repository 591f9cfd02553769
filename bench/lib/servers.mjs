// Servers for the scenarios, each in its own Node process so the process being measured shares its event loop
// with nothing else (a real API and a real BFF never live inside the caller): the offline mock API
// (`terrapin-mock`, built) and an Express app with the proxy in front of it (bench/lib/proxy-server.mjs).
// Everything listens on 127.0.0.1 with a port picked by the OS.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { entryPath, importBuilt } from './packages.mjs';

const MOCK_BIN = entryPath('mock-server').replace(/index\.js$/, 'bin.js');
const PROXY_SERVER = fileURLToPath(new URL('./proxy-server.mjs', import.meta.url));
const PEER_PROXY_SERVER = fileURLToPath(new URL('./hpm-server.mjs', import.meta.url));

/** Spawns `node <script> …args` and resolves with the first URL it prints, plus a way to stop it. */
export function spawnServer(script, args, name, startTimeoutMs = 0) {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    // A server that does not listen in time is stopped (its `exit` then rejects with what it printed).
    const timer =
      startTimeoutMs > 0
        ? setTimeout(() => {
            output += `\n(not listening after ${startTimeoutMs} ms: stopped)`;
            child.kill('SIGKILL');
          }, startTimeoutMs)
        : undefined;
    const onData = (chunk) => {
      output += chunk;
      const match = /https?:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stdout.resume();
      resolve({
        url: match[0],
        child,
        close: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.once('exit', (code) =>
      reject(new Error(`${name} exited with ${code} before listening:\n${output}`)),
    );
    child.once('error', reject);
  });
}

/**
 * Starts the mock API in its own process. Defaults suit a benchmark: no rate limit, no quota, a fixed seed.
 * @param {{ seed?: number, rateLimit?: { limit: number, windowMs: number } | false, latencyMs?: number,
 *   dataset?: { bonds?: number, agency?: number, munis?: number }, startTimeoutMs?: number }} [options]
 *   `startTimeoutMs`: give up (and stop the mock) when it is not listening by then; 0 waits as long as it takes.
 * @returns {Promise<{ url: string, apiKey: string, close(): Promise<void> }>}
 */
export async function startMock(options = {}) {
  const { MOCK_API_KEY } = await importBuilt('mock-server');
  const { seed = 1, rateLimit = false, dataset = {}, latencyMs = 0, startTimeoutMs = 0 } = options;
  const args = ['--port', '0', '--quota', 'off', '--seed', String(seed), '--latency', String(latencyMs)];
  args.push('--rate-limit', rateLimit ? `${rateLimit.limit}/${rateLimit.windowMs / 1000}` : 'off');
  for (const [name, value] of Object.entries(dataset)) args.push(`--${name}`, String(value));
  const server = await spawnServer(MOCK_BIN, args, 'terrapin-mock', startTimeoutMs);
  return { url: server.url, apiKey: MOCK_API_KEY, close: server.close };
}

/**
 * Starts an Express app with `terrapinProxy(options)` under `/api/terrapin`, in its own process. `options` must be
 * JSON (no functions). `handling()` returns (and forgets) the time spent inside the app for each request answered
 * since the last call, in ms (arrival → response finished).
 * @returns {Promise<{ url: string, baseUrl: string, handling(): Promise<number[]>, close(): Promise<void> }>}
 */
export async function startProxy(options) {
  const server = await spawnServer(PROXY_SERVER, [JSON.stringify(options)], 'proxy server');
  return {
    url: server.url,
    baseUrl: `${server.url}/api/terrapin`,
    handling: async () => (await fetch(`${server.url}/__bench/handling`)).json(),
    close: server.close,
  };
}

/**
 * Starts the peer BFF (issue 19): `http-proxy-middleware` on Express 5 under `/api/terrapin`, injecting `apiKey`,
 * in its own process.
 * @returns {Promise<{ url: string, baseUrl: string, close(): Promise<void> }>}
 */
export async function startPeerProxy(upstream, apiKey) {
  const server = await spawnServer(PEER_PROXY_SERVER, [upstream, apiKey], 'peer proxy server');
  return { url: server.url, baseUrl: `${server.url}/api/terrapin`, close: server.close };
}
