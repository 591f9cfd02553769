import { memberOf } from '../errors/member-of';

/** True in a browser-like environment (a `window` and a `document`), where an API key would be public. */
export function isBrowserLike(): boolean {
  return memberOf(globalThis, 'window') !== undefined && memberOf(globalThis, 'document') !== undefined;
}
