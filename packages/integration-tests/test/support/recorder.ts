/** What the `sl-violations` header of one response said. */
export interface HeaderReport {
  operation: string;
  status: number;
  /** Parsed violations, or `'truncated'` when Prism hit its ~8 KB cap ("Too many violations!"). */
  violations: unknown[] | 'truncated';
}

/** A `fetch` that counts calls per operation, reads `sl-violations`, and can inject a mock fault or a bad key. */
export interface Recorder {
  fetch: typeof globalThis.fetch;
  /** Calls that reached the wire, per operation. */
  readonly calls: Map<string, number>;
  /** Responses that carried an `sl-violations` header. */
  readonly flagged: HeaderReport[];
  /** Statuses seen, per operation (`bond_search 200`, …). */
  readonly statuses: Map<string, number>;
  /** `x-mock-fault` to add to the next requests (the proxy passes no caller headers on, so it goes in here). */
  fault: string | null;
  /** Replace the bearer token (a 401 through the proxy). */
  badKey: boolean;
}

function operationOf(url: string): string {
  return /\/api\/v1\/(\w+)/.exec(url)?.[1] ?? url;
}

/** Wraps the global fetch for a client whose upstream is Prism. */
export function createRecorder(): Recorder {
  const recorder: Recorder = {
    calls: new Map(),
    flagged: [],
    statuses: new Map(),
    fault: null,
    badKey: false,
    fetch: async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const operation = operationOf(url);
      // The client may pass a Request (headers inside it) or a URL plus init: keep whichever it used.
      const request = new Request(input, init);
      if (recorder.fault) request.headers.set('x-mock-fault', recorder.fault);
      if (recorder.badKey) request.headers.set('authorization', 'Bearer tpk_test_revoked_key');
      recorder.calls.set(operation, (recorder.calls.get(operation) ?? 0) + 1);
      const res = await globalThis.fetch(request);
      const statusKey = `${operation} ${res.status}`;
      recorder.statuses.set(statusKey, (recorder.statuses.get(statusKey) ?? 0) + 1);
      const header = res.headers.get('sl-violations');
      if (header)
        recorder.flagged.push({ operation, status: res.status, violations: parseViolations(header) });
      return res;
    },
  };
  return recorder;
}

/** Parses an `sl-violations` header; Prism replaces a list over ~8 KB with a plain message. */
export function parseViolations(header: string): unknown[] | 'truncated' {
  try {
    const parsed: unknown = JSON.parse(header);
    return Array.isArray(parsed) ? parsed : 'truncated';
  } catch {
    return 'truncated';
  }
}

/**
 * Violations grouped as `operation: message × count`, array indices folded (`data.86.price` → `data.*.price`), so a
 * failure reads as a short list of distinct misfits. A truncated header counts as one `truncated` entry; the full
 * list is in Prism's log (`PrismProxy.violations`).
 */
export function summarize(reports: readonly HeaderReport[]): string[] {
  const counts = new Map<string, number>();
  for (const report of reports) {
    const messages =
      report.violations === 'truncated'
        ? ['sl-violations truncated ("Too many violations!"): see the Prism log list']
        : report.violations.map((v) => String((v as { message?: unknown }).message ?? JSON.stringify(v)));
    for (const message of messages) {
      const key = `${report.operation} ${report.status}: ${message.replace(/\.\d+(?=\.|\b)/g, '.*')}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].map(([key, n]) => `${key} × ${n}`);
}
