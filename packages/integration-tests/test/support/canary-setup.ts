import { format } from 'node:util';
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { allSecrets, everythingSeen, rememberLog } from './canary';

// Every test file: capture every console line (the default error logger, core's warnings) and, at the end, check
// that the canary key appears in none of them nor in any response the file remembered (issue 7).
beforeAll(() => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => rememberLog(format(...args)));
  }
});

afterAll(() => {
  const leaks = everythingSeen().filter((line) => allSecrets().some((secret) => line.includes(secret)));
  expect(leaks, 'the API key leaked into a response or a log line').toEqual([]);
  vi.restoreAllMocks();
});
