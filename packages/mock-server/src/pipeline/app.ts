import type { OperationName } from '@terrapin/core/contract';
import type { Universe } from '../data/universe';
import type { RequestLogEntry, TierOptions } from '../types';
import type { ApiKeys } from './auth';
import type { FaultInjector } from './faults';
import type { QuotaLedger } from './quota';
import type { RollingWindowLimiter } from './rate-limit';

/** Everything the request pipeline shares across requests. */
export interface App {
  universe: Universe;
  keys: ApiKeys;
  limiter: RollingWindowLimiter | null;
  quota: QuotaLedger;
  faults: FaultInjector;
  tier: TierOptions;
  latencyMs: number;
  now: () => number;
  /** Aborted by `close()`: delayed responses stop waiting. */
  closing: AbortSignal;
  log: RequestLog;
  onRequest: ((entry: RequestLogEntry) => void) | undefined;
  /** Operation name by path (`/api/v1/bond_search` → `bond_search`). */
  routes: ReadonlyMap<string, OperationName>;
}

/** The last 1000 requests and a running count. */
export class RequestLog {
  count = 0;
  readonly entries: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.count++;
    this.entries.push(entry);
    if (this.entries.length > 1000) this.entries.shift();
  }

  reset(): void {
    this.count = 0;
    this.entries.length = 0;
  }
}
