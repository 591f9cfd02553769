import { cusipFrom, isinFrom, randomCusipIssue, randomLei, randomNsin } from '../identifiers';
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

/**
 * Draws from `make` that may collide before {@link uniqueIsin} widens the draw. A narrow style (a US Treasury
 * `91282C` + two-character issue number: 1,156 ISINs; an Italian `IT0005` + five digits) runs out in a large
 * universe, and drawing on forever hung the mock at startup (100,000 bonds never started). Small universes never
 * collide this often, so their data, drawn from the same sequence as before, is unchanged.
 */
const DRAWS_BEFORE_WIDENING = 64;

/** A fresh ISIN from `make`, retried until unused; past {@link DRAWS_BEFORE_WIDENING} collisions, widened. */
export function uniqueIsin(ctx: GenContext, make: () => string): string {
  for (let draws = 0; ; draws++) {
    const isin = draws < DRAWS_BEFORE_WIDENING ? make() : widenedIsin(ctx, make());
    if (!ctx.isins.has(isin)) {
      ctx.isins.add(isin);
      return isin;
    }
  }
}

/**
 * An ISIN of the same country as `like` from the whole national-number space: a random CUSIP (issuer and issue)
 * for US and Canadian ISINs, so the CUSIP inside stays valid; nine random digits elsewhere.
 */
function widenedIsin(ctx: GenContext, like: string): string {
  const country = like.slice(0, 2);
  if (country === 'US' || country === 'CA') {
    return isinFrom(country, cusipFrom(randomNsin(ctx.rng).slice(0, 6), randomCusipIssue(ctx.rng)));
  }
  return isinFrom(country, randomNsin(ctx.rng));
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
