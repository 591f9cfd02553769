import { describe, expect, it } from 'vitest';
import { sdkUserAgent } from '../../src/client/user-agent';

// The real runtimes are exercised by packages/ecosystem-tests (the header as it reaches the server); these cases
// pin the order of detection, since Bun, Deno and workerd with nodejs_compat all carry an emulated `process`.
const ID = '@terrapin/core/1.2.3';
const emulatedProcess = { versions: { node: '22.0.0' }, version: 'v22.0.0', platform: 'linux', arch: 'x64' };

describe('User-Agent names the real runtime', () => {
  it('Node: its version and platform', () => {
    expect(sdkUserAgent(ID, { process: emulatedProcess })).toBe(`${ID} (node v22.0.0; linux-x64)`);
  });

  it('Bun: the Bun version, not the Node version it emulates', () => {
    expect(sdkUserAgent(ID, { Bun: { version: '1.4.5' }, process: emulatedProcess })).toBe(
      `${ID} (bun 1.4.5; linux-x64)`,
    );
  });

  it('Deno: Deno.version.deno and Deno.build', () => {
    const Deno = { version: { deno: '2.9.6' }, build: { os: 'linux', arch: 'x86_64' } };
    expect(sdkUserAgent(ID, { Deno, process: emulatedProcess })).toBe(`${ID} (deno 2.9.6; linux-x86_64)`);
  });

  it('workerd: recognised by navigator.userAgent, also with nodejs_compat', () => {
    const navigator = { userAgent: 'Cloudflare-Workers' };
    expect(sdkUserAgent(ID, { navigator })).toBe(`${ID} (workerd)`);
    expect(sdkUserAgent(ID, { navigator, process: emulatedProcess })).toBe(`${ID} (workerd)`);
  });

  it('no header on a runtime it does not know, nor when a global throws', () => {
    expect(sdkUserAgent(ID, {})).toBeUndefined();
    const hostile = {
      get process(): never {
        throw new Error('stubbed');
      },
    };
    expect(sdkUserAgent(ID, hostile)).toBeUndefined();
  });
});
