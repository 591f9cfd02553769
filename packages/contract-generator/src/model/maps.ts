/**
 * `map.get(key)` for a key the caller put there itself (a name it just declared or collected). A miss is a bug in
 * the generator, so it throws naming the key instead of emitting `undefined` into generated code.
 */
export function getKnown<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`generator: no entry for ${String(key)}`);
  return value;
}
