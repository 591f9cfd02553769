import { isBrowserLike } from './browser-like';

/** The runtime a client runs on, as named in its `User-Agent`. */
export interface RuntimeInfo {
  /** `node`, `bun`, `deno` or `workerd`. */
  name: 'node' | 'bun' | 'deno' | 'workerd';
  /** The runtime's own version (`1.4.5` for Bun, not the Node version it emulates); null when it has none. */
  version: string | null;
  /** `<os>-<arch>`, when the runtime tells. */
  platform: string | null;
}

interface RuntimeGlobals {
  Bun?: { version?: unknown };
  Deno?: { version?: { deno?: unknown }; build?: { os?: unknown; arch?: unknown } };
  navigator?: { userAgent?: unknown };
  process?: { versions?: { node?: unknown }; version?: unknown; platform?: unknown; arch?: unknown };
}

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * Names the server-side runtime. Bun, Deno and workerd (with `nodejs_compat`) all provide a `process` whose
 * `versions.node` is an emulated Node version, so they are recognised by their own globals first, Node last.
 * Browsers (and jsdom) and unknown runtimes give null: a browser sends its own `User-Agent`.
 */
export function detectRuntime(g: RuntimeGlobals = globalThis): RuntimeInfo | null {
  try {
    if (isBrowserLike()) return null;
    const p = g.process;
    const nodePlatform = str(p?.platform) && str(p?.arch) ? `${p?.platform}-${p?.arch}` : null;
    if (g.Bun) return { name: 'bun', version: str(g.Bun.version), platform: nodePlatform };
    if (g.Deno) {
      const { os, arch } = g.Deno.build ?? {};
      const platform = str(os) && str(arch) ? `${os}-${arch}` : null;
      return { name: 'deno', version: str(g.Deno.version?.deno), platform };
    }
    // workerd's navigator.userAgent is exactly this string; it exposes no version of its own.
    if (g.navigator?.userAgent === 'Cloudflare-Workers')
      return { name: 'workerd', version: null, platform: null };
    const node = str(p?.versions?.node);
    if (node) return { name: 'node', version: str(p?.version) ?? `v${node}`, platform: nodePlatform };
    return null;
  } catch {
    // A getter on a hostile or stubbed global must not stop the client from being created.
    return null;
  }
}

/**
 * The `User-Agent` the client sends: `@terrapin/core/<version> (<runtime> <version>; <os>-<arch>)`, e.g.
 * `(node v20.20.0; linux-x64)`, `(bun 1.4.5; linux-x64)`, `(deno 2.9.6; linux-x86_64)`, `(workerd)`. Undefined in
 * a browser (it forbids or overrides the header) and on runtimes it does not recognise.
 */
export function sdkUserAgent(clientId: string, g?: RuntimeGlobals): string | undefined {
  const runtime = detectRuntime(g);
  if (!runtime) return undefined;
  const details = [[runtime.name, runtime.version].filter(Boolean).join(' '), runtime.platform].filter(
    Boolean,
  );
  return `${clientId} (${details.join('; ')})`;
}
