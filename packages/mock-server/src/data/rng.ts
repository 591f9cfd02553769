import { elementAt } from '../internal/element-at';

/**
 * Deterministic pseudo-random numbers. Everything the mock generates derives from the server seed through these
 * helpers, so one seed always yields the same universe, prices and trades (issue #5: "deterministic from a seed").
 */

/** 32-bit integer hash of any number of integers (a murmur3-style finaliser over a running mix). */
export function mix(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part | 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** 32-bit FNV-1a hash of a string, to key per-ISIN streams. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A uniform number in [0, 1) from integer keys: random access, no state (used for per-day draws). */
export function unit(...parts: number[]): number {
  return mix(...parts) / 4294967296;
}

/** A standard normal draw from integer keys (Box–Muller over two keyed uniforms). */
export function gaussian(...parts: number[]): number {
  const u = (mix(...parts, 1) + 1) / 4294967297;
  const v = mix(...parts, 2) / 4294967296;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A seeded sequential generator (mulberry32) with the draws the generators need. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform number in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T extends NonNullable<unknown> | null>(items: readonly T[]): T {
    return elementAt(items, Math.floor(this.next() * items.length));
  }

  /** One element chosen by weight: `[[value, weight], …]`. */
  weighted<T extends NonNullable<unknown> | null>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of choices) total += w;
    let r = this.next() * total;
    for (const [value, w] of choices) {
      r -= w;
      if (r < 0) return value;
    }
    // Rounding can leave a sliver of `r` after the last weight: that draw belongs to the last choice.
    return elementAt(choices, -1)[0];
  }

  /** One element of a {@link WeightedList} (binary search over its running totals). */
  pickWeighted<T extends NonNullable<unknown> | null>(list: WeightedList<T>): T {
    const r = this.next() * list.total;
    let lo = 0;
    let hi = list.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (elementAt(list.cumulative, mid) > r) hi = mid;
      else lo = mid + 1;
    }
    return elementAt(list.items, lo);
  }

  /** `count` distinct elements (or all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      out.push(...pool.splice(Math.floor(this.next() * pool.length), 1));
    }
    return out;
  }

  /** A standard normal draw. */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** A string of `length` characters from `alphabet`. */
  chars(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
}

/** Items with running totals of their weights, for drawing many times from a long list. */
export interface WeightedList<T> {
  items: readonly T[];
  cumulative: readonly number[];
  total: number;
}

/** Prepares `[[value, weight], …]` for {@link Rng.pickWeighted}. */
export function weightedList<T>(choices: readonly (readonly [T, number])[]): WeightedList<T> {
  let total = 0;
  const cumulative = choices.map(([, w]) => (total += w));
  return { items: choices.map(([v]) => v), cumulative, total };
}

/** A generator keyed by the server seed and a label (e.g. an ISIN), independent of generation order. */
export function rngFor(seed: number, label: string): Rng {
  return new Rng(mix(seed, hashString(label)));
}
