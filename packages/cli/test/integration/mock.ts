import { createMockServer, MOCK_API_KEY } from '@terrapin/mock-server';
import { expect } from 'vitest';
import { type SpawnOptions, type SpawnResult, spawnCli } from '../helpers/spawn-cli';

/** The planted key: it must never appear in anything the CLI prints (issue 8). */
export const CANARY = 'tpk_canary_9f8e7d6c5b4a';

export { MOCK_API_KEY };

/** Options of the mock server for one test file. */
export type MockOptions = Parameters<typeof createMockServer>[0];

/** Starts a mock server in this process (port 0). */
export async function startMock(options: MockOptions = {}) {
  return await createMockServer({ port: 0, ...options });
}

/**
 * Spawns the built CLI against `baseUrl` and checks the invariant every run must keep: neither the canary nor
 * the mock's key appears in stdout or stderr, whatever happened.
 */
export async function terrapin(
  baseUrl: string,
  args: readonly string[],
  options: SpawnOptions & { key?: string | null } = {},
): Promise<SpawnResult> {
  const key = options.key === undefined ? MOCK_API_KEY : options.key;
  const result = await spawnCli(['--base-url', baseUrl, ...args], {
    ...options,
    env: { ...(key ? { TERRAPIN_API_KEY: key } : {}), ...options.env },
  });
  for (const secret of [CANARY, MOCK_API_KEY]) {
    expect(result.stdout, `stdout of terrapin ${args.join(' ')}`).not.toContain(secret);
    expect(result.stderr, `stderr of terrapin ${args.join(' ')}`).not.toContain(secret);
  }
  return result;
}

/** Parses `--format json` output. */
export function json(result: SpawnResult): { data: Record<string, unknown>[]; total: number } {
  expect({ code: result.code, stderr: result.stderr }).toEqual({
    code: 0,
    stderr: expect.not.stringContaining('error'),
  });
  return JSON.parse(result.stdout);
}
