import type { sdkUserAgent as sdkUserAgentOnServers } from './user-agent';

/**
 * `sdkUserAgent` in the browser build (`browser` export condition; `tsup.config.ts` swaps it in for
 * `user-agent.ts`): a browser sends its own `User-Agent` and forbids scripts to set one, so the runtime detection
 * of the server build (Node, Bun, Deno, workerd) is left out. Workers and edge runtimes resolve the server build.
 */
export const sdkUserAgent: typeof sdkUserAgentOnServers = () => undefined;
