// Issue 14 item 12, "the right runtime error": on Deno without --allow-env, reading TERRAPIN_API_KEY throws
// (`NotCapable` on Deno 2, `PermissionDenied` on Deno 1); the client swallowed that and said the key was missing
// although it was set. The refusal is simulated here the way Deno's `process.env` raises it.
import { afterEach, describe, expect, it } from 'vitest';
import { createTerrapinClient, TerrapinEnvironmentError } from '../../../src/index';

const realEnv = Object.getOwnPropertyDescriptor(process, 'env')!;
afterEach(() => {
  Object.defineProperty(process, 'env', realEnv);
});

/** A `process.env` that refuses every TERRAPIN_* read the way Deno does without `--allow-env`. */
function denyEnv(errorName: 'NotCapable' | 'PermissionDenied'): void {
  const env = new Proxy(
    { ...process.env, TERRAPIN_API_KEY: 'tpk_set_but_unreadable_123' } as Record<string, string>,
    {
      get(target, name) {
        if (typeof name === 'string' && name.startsWith('TERRAPIN_')) {
          const error = new Error(`Requires env access to "${name}", run again with the --allow-env flag`);
          error.name = errorName;
          throw error;
        }
        return target[name as string];
      },
    },
  );
  Object.defineProperty(process, 'env', { value: env, configurable: true, writable: true, enumerable: true });
}

describe('an unreadable environment is reported as such (issue 14 item 12)', () => {
  for (const errorName of ['NotCapable', 'PermissionDenied'] as const) {
    it(`${errorName}: says the environment could not be read and how to allow it, not "missing key"`, () => {
      denyEnv(errorName);
      let error: unknown;
      try {
        createTerrapinClient();
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(TerrapinEnvironmentError);
      const message = (error as Error).message;
      expect(message).toMatch(/Could not read the environment variable TERRAPIN_API_KEY/);
      expect(message).toContain(errorName);
      expect(message).toContain('--allow-env=TERRAPIN_API_KEY,TERRAPIN_BASE_URL');
      expect(message).not.toMatch(/Missing Terrapin API key/);
      expect(message).not.toContain('tpk_set_but_unreadable_123');
      expect((error as TerrapinEnvironmentError).variable).toBe('TERRAPIN_API_KEY');
    });
  }

  it('options given in code need no environment at all', () => {
    denyEnv('NotCapable');
    const terrapin = createTerrapinClient({ apiKey: 'tpk_from_code_1234', baseUrl: 'http://127.0.0.1:1' });
    expect(terrapin.quota.budget).toBeNull();
  });

  it('an unreadable TERRAPIN_BASE_URL is not silently replaced by the production URL', () => {
    denyEnv('NotCapable');
    expect(() => createTerrapinClient({ apiKey: 'tpk_from_code_1234' })).toThrow(
      /Could not read the environment variable TERRAPIN_BASE_URL/,
    );
  });
});
