import type { setInspectView as setInspectViewOnServers } from './inspect';

/**
 * `setInspectView` in the browser build (`browser` export condition; `tsup.config.ts` swaps it in for
 * `inspect.ts`): a page has no `util.inspect` to teach, so nothing is defined.
 */
export const setInspectView: typeof setInspectViewOnServers = () => {};
