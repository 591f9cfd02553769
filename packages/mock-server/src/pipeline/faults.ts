import { Rng } from '../data/rng';
import { FAULT_KINDS, type FaultKind, type FaultOptions } from '../types';

/** Faults drawn at the configured rate when `kinds` is not given (the ones a retrying client must survive). */
export const DEFAULT_RATE_KINDS: readonly FaultKind[] = [
  '429',
  '500',
  '502',
  '503',
  'reset',
  'malformed-json',
  'html-502',
];

/** Resolved fault settings. */
export interface FaultSettings {
  rate: number;
  kinds: readonly FaultKind[];
  seed: number;
  slowMs: number;
  timeoutMs: number;
  retryAfterMs: number;
}

/** Fills in the defaults of {@link FaultOptions}. */
export function faultSettings(options: FaultOptions | undefined, seed: number): FaultSettings {
  return {
    rate: Math.min(1, Math.max(0, options?.rate ?? 0)),
    kinds: options?.kinds && options.kinds.length > 0 ? options.kinds : DEFAULT_RATE_KINDS,
    seed: options?.seed ?? seed,
    slowMs: options?.slowMs ?? 3000,
    timeoutMs: options?.timeoutMs ?? 30_000,
    retryAfterMs: options?.retryAfterMs ?? 1000,
  };
}

/** Whether `value` names a fault. */
export function isFaultKind(value: string): value is FaultKind {
  return FAULT_KINDS.some((kind) => kind === value);
}

/**
 * Decides each request's fault. Precedence: a queued fault (`injectFault`), then the `x-mock-fault` header
 * (`none` suppresses the rate for that request), then the seeded rate. Every request draws from the seeded
 * sequence exactly once whatever wins, so the n-th request's rate fault depends only on the seed and n.
 */
export class FaultInjector {
  private rng: Rng;
  private readonly queue: FaultKind[] = [];

  constructor(readonly settings: FaultSettings) {
    this.rng = new Rng(settings.seed);
  }

  /** The fault for the next request, or an error message for an unknown header value. */
  next(header: string | undefined): { kind: FaultKind | null } | { error: string } {
    const roll = this.rng.next();
    const pick = this.rng.next();
    const queued = this.queue.shift();
    if (queued) return { kind: queued };
    const value = header?.trim().toLowerCase();
    if (value) {
      if (value === 'none') return { kind: null };
      if (!isFaultKind(value)) {
        return {
          error: `Unknown x-mock-fault value ${JSON.stringify(header)}; use one of: none, ${FAULT_KINDS.join(', ')}`,
        };
      }
      return { kind: value };
    }
    if (roll < this.settings.rate) {
      return { kind: this.settings.kinds[Math.floor(pick * this.settings.kinds.length)] ?? null };
    }
    return { kind: null };
  }

  /** Queues `kind` for the next `count` requests. */
  inject(kind: FaultKind, count: number): void {
    for (let i = 0; i < count; i++) this.queue.push(kind);
  }

  /** Restarts the seeded sequence and drops queued faults. */
  reset(): void {
    this.rng = new Rng(this.settings.seed);
    this.queue.length = 0;
  }
}

/** The HTML page of an `html-502` fault (what a load balancer shows during a redeploy, CONTRACT.md §3). */
export const HTML_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
  '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
