/**
 * Exact versions of everything the targets install from the registry (all run on this repo's Node 20.19+ floor;
 * TOOLCHAIN.md §17). Runtimes come as binaries inside registry packages.
 */
export const V = {
  node22: '22.23.3',
  node24: '24.21.0',
  bun: '1.4.5',
  deno: '2.9.6',
  // Later miniflare builds need Node ≥ 22; this one runs on the machine's Node 20.
  miniflare: '4.20260426.0',
  esbuild: '0.25.12',
  react18: '18.3.1',
  react19: '19.3.1',
  reactQuery: '5.108.4',
  jsdom: '29.1.1',
  // The lowest Express the middleware's peer range (^4.21 || ^5) admits, and the current 5.
  express4: '4.21.0',
  express5: '5.3.0',
  vite: '8.4.0',
  next: '16.4.6',
} as const;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The User-Agent core must send on a runtime: `@terrapin/core/<version> (<details>)`, details matched exactly. */
export const sdkUserAgent = (details: string): RegExp =>
  new RegExp(`^@terrapin/core/\\d+\\.\\d+\\.\\d+\\S* \\(${escapeRegExp(details)}\\)$`);
