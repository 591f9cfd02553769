import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { rememberLog } from './canary';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/proxy-instance.mjs');
const PACKAGE_DIR = resolve(import.meta.dirname, '../..');

/** A proxy server running in its own Node process. */
export interface Instance {
  name: string;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Spawns `node test/fixtures/proxy-instance.mjs` and resolves once it listens. */
export function spawnInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, [FIXTURE], {
    cwd: PACKAGE_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (data: Buffer) => {
    stderr += data.toString();
    // The canary check covers the instances' logs too.
    rememberLog(`[${name} stderr] ${data.toString()}`);
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolveInstance, reject) => {
    let buffered = '';
    child.stdout?.on('data', (data: Buffer) => {
      buffered += data.toString();
      rememberLog(`[${name} stdout] ${data.toString()}`);
      const line = buffered.split('\n')[0];
      if (buffered.includes('\n') && line) {
        const { port } = JSON.parse(line) as { port: number };
        resolveInstance({ name, url: `http://127.0.0.1:${port}`, child, stop });
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`${name} exited with ${code} before listening:\n${stderr}`)),
    );
    child.once('error', reject);
  });
}
