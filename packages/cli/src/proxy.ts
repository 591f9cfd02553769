import type { CliContext } from './context';

type Env = Record<string, string | undefined>;

/** The proxy settings of an environment, lower-case names first (as curl reads them). */
export interface ProxySettings {
  httpProxy: string | undefined;
  httpsProxy: string | undefined;
  noProxy: string | undefined;
}

const pick = (env: Env, name: string): string | undefined =>
  [env[name.toLowerCase()], env[name]].find((v) => v !== undefined && v.trim() !== '')?.trim();

/** Reads `HTTPS_PROXY` / `HTTP_PROXY` / `NO_PROXY` (or their lower-case forms) from `env`. */
export function proxySettings(env: Env): ProxySettings {
  return {
    httpProxy: pick(env, 'HTTP_PROXY'),
    httpsProxy: pick(env, 'HTTPS_PROXY'),
    noProxy: pick(env, 'NO_PROXY'),
  };
}

/**
 * A `fetch` that goes through the proxy the environment names, or `undefined` when it names none (then core uses
 * the global `fetch` and undici is never loaded). Node's built-in `fetch` ignores these variables; undici 7's
 * `EnvHttpProxyAgent` applies them per request, `NO_PROXY` included. The agent is passed as the `dispatcher` of
 * the global `fetch`, which accepts it on Node 20.20 (tested: tunnelled through a forward proxy), and keeps the
 * platform's own Request/Response classes. undici 7's separate `fetch` does not: it cannot read the global
 * `Request` core sends ("Failed to parse URL from [object Request]"). Credentials in a proxy URL are registered
 * as secrets so no output can print them.
 */
export async function proxyFetch(ctx: CliContext): Promise<typeof globalThis.fetch | undefined> {
  const settings = proxySettings(ctx.io.env);
  if (!settings.httpProxy && !settings.httpsProxy) return undefined;
  for (const url of [settings.httpProxy, settings.httpsProxy]) {
    try {
      if (url) ctx.addSecret(decodeURIComponent(new URL(url).password));
    } catch {
      // undici reports a malformed proxy URL itself, on the first request.
    }
  }
  const { EnvHttpProxyAgent } = await import('undici');
  // Explicit values (empty string = none): never fall back to the real process environment behind an injected io.
  const dispatcher = new EnvHttpProxyAgent({
    httpProxy: settings.httpProxy ?? '',
    httpsProxy: settings.httpsProxy ?? settings.httpProxy ?? '',
    noProxy: settings.noProxy ?? '',
  });
  return (input, init) => {
    // `dispatcher` is undici's extension of RequestInit, which the DOM typings do not know.
    const proxied: RequestInit & { dispatcher: typeof dispatcher } = { ...init, dispatcher };
    return globalThis.fetch(input, proxied);
  };
}
