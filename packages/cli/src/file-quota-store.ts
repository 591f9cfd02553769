import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { QuotaStore } from '@terrapin/core';
import { ensurePrivateDir, writePrivateFile } from './config';

type Ledger = Record<string, string[]>;

/** Periods kept in the file; older months are dropped on write so it stays small. */
const KEEP_PERIODS = 13;

/**
 * A {@link QuotaStore} in a JSON file next to the config (`quota.json`), so `terrapin quota` can say how many
 * distinct ISINs this machine pulled this month across runs. Operations are serialised within the process and
 * each write is atomic; two terrapin processes writing at the same instant may lose one update (acceptable for
 * an estimate; servers share a Redis store instead).
 */
export class FileQuotaStore implements QuotaStore {
  readonly #path: string;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(path: string) {
    this.#path = path;
  }

  add(period: string, isins: readonly string[]): Promise<number> {
    return this.#serial(async () => {
      const ledger = await this.#read();
      const set = new Set(ledger[period] ?? []);
      let added = 0;
      for (const isin of isins) {
        if (!set.has(isin)) {
          set.add(isin);
          added++;
        }
      }
      if (added > 0) {
        ledger[period] = [...set];
        await this.#write(ledger);
      }
      return added;
    });
  }

  has(period: string, isins: readonly string[]): Promise<boolean[]> {
    return this.#serial(async () => {
      const set = new Set((await this.#read())[period] ?? []);
      return isins.map((isin) => set.has(isin));
    });
  }

  count(period: string): Promise<number> {
    return this.#serial(async () => ((await this.#read())[period] ?? []).length);
  }

  list(period: string): Promise<string[]> {
    return this.#serial(async () => [...((await this.#read())[period] ?? [])]);
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(task, task);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #read(): Promise<Ledger> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.#path, 'utf8'));
      if (typeof parsed !== 'object' || parsed === null) return {};
      const ledger: Ledger = {};
      for (const [period, isins] of Object.entries(parsed)) {
        if (Array.isArray(isins)) ledger[period] = isins.filter((i): i is string => typeof i === 'string');
      }
      return ledger;
    } catch {
      // Missing or corrupt: start counting afresh rather than block the user's call.
      return {};
    }
  }

  async #write(ledger: Ledger): Promise<void> {
    const periods = Object.keys(ledger).sort().slice(-KEEP_PERIODS);
    const kept: Ledger = {};
    for (const p of periods) kept[p] = ledger[p] ?? [];
    await ensurePrivateDir(dirname(this.#path));
    await writePrivateFile(this.#path, `${JSON.stringify(kept)}\n`);
  }
}
