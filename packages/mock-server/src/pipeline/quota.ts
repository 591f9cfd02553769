import { utcMonth } from '../data/dates';

/** Outcome of charging ISINs to a key's monthly quota. */
export type QuotaCharge =
  | { ok: true; added: number }
  | { ok: false; used: number; limit: number; month: string; needed: number };

/**
 * The monthly data quota (CONTRACT.md §5): distinct ISINs per key per UTC month. ISINs already pulled this month
 * are free; a request whose new ISINs would pass the limit is refused as a whole (nothing is charged).
 */
export class QuotaLedger {
  private readonly months = new Map<string, { month: string; isins: Set<string> }>();

  constructor(
    private readonly limit: number | false,
    private readonly now: () => number,
  ) {}

  private ledger(key: string): Set<string> {
    const month = utcMonth(this.now());
    let entry = this.months.get(key);
    if (!entry || entry.month !== month) {
      entry = { month, isins: new Set() };
      this.months.set(key, entry);
    }
    return entry.isins;
  }

  /** Charges the ISINs a request pulls. */
  charge(key: string, isins: readonly string[]): QuotaCharge {
    const ledger = this.ledger(key);
    const fresh = [...new Set(isins)].filter((isin) => !ledger.has(isin));
    if (this.limit !== false && ledger.size + fresh.length > this.limit) {
      return {
        ok: false,
        used: ledger.size,
        limit: this.limit,
        month: utcMonth(this.now()),
        needed: fresh.length,
      };
    }
    for (const isin of fresh) ledger.add(isin);
    return { ok: true, added: fresh.length };
  }

  /** The ISINs charged to `key` this month. */
  isins(key: string): string[] {
    return [...this.ledger(key)];
  }

  reset(): void {
    this.months.clear();
  }
}
