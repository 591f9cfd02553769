/**
 * Bearer-token check (CONTRACT.md §1): `Authorization: Bearer <key>`, scheme case-insensitive. Missing, malformed
 * and unknown tokens all get the same 401, as the real API answers.
 */
export class ApiKeys {
  private readonly keys: Set<string>;

  constructor(keys: readonly string[]) {
    this.keys = new Set(keys);
  }

  /** The accepted keys, in the order they were added. */
  list(): string[] {
    return [...this.keys];
  }

  add(key: string): void {
    this.keys.add(key);
  }

  revoke(key: string): void {
    this.keys.delete(key);
  }

  /** The key of a valid `Authorization` header, or null. */
  authenticate(header: string | undefined): string | null {
    if (!header) return null;
    const match = /^\s*bearer\s+(\S+)\s*$/i.exec(header);
    const key = match?.[1];
    return key !== undefined && this.keys.has(key) ? key : null;
  }

  /** Whether `key` is (still) accepted. */
  has(key: string): boolean {
    return this.keys.has(key);
  }
}
