/**
 * `value[key]` for any object or function, own or inherited, else `undefined`. For values whose shape nothing
 * guarantees: errors (a native error's `name` sits on its prototype), runtime globals (`navigator.userAgent` is a
 * prototype getter) and thrown values of any kind. Use `propertyOf` instead for parsed JSON, where only own keys
 * may count.
 */
export function memberOf(value: unknown, key: PropertyKey): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  return Reflect.get(value, key);
}
