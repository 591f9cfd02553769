import { randomLei } from '../identifiers';
import type { Curves } from '../market/curves';
import { type Rng, rngFor } from '../rng';

/** Everything the generators share: the seed, a sequential generator, the data date and the ISINs taken. */
export interface GenContext {
  seed: number;
  rng: Rng;
  dataDay: number;
  curves: Curves;
  isins: Set<string>;
}

/** A fresh ISIN from `make`, retried until unused. */
export function uniqueIsin(ctx: GenContext, make: () => string): string {
  for (;;) {
    const isin = make();
    if (!ctx.isins.has(isin)) {
      ctx.isins.add(isin);
      return isin;
    }
  }
}

const leis = new Map<string, string>();

/** Stable LEI of a named entity (the same issuer always has the same LEI). */
export function leiOf(seed: number, name: string): string {
  const key = `${seed}:${name}`;
  let lei = leis.get(key);
  if (lei === undefined) {
    lei = randomLei(rngFor(seed, `lei:${name}`));
    if (leis.size < 10_000) leis.set(key, lei);
  }
  return lei;
}
