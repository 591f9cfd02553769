import type { Json } from '../model/node';

/** One documented request/response pair from spec/examples (`<operation>/<nn>.request.json` + `.response.json`). */
export interface Example {
  operation: string;
  /** `02` for `02.request.json`. */
  id: string;
  /** From spec/examples/README.md: `newest` (the most recent docs version) or `older`. */
  era: 'newest' | 'older';
  request: Json;
  /** Absent where the docs' response example was truncated. */
  response?: { data: Json[]; total: number };
}

/**
 * The era of each response example, as spec/examples/README.md lists it:
 * `` - `bond_reference/04.response.json` — bond_reference response; newest (…) `` → `bond_reference/04: newest`.
 */
export function examplesEras(readme: string): Map<string, 'newest' | 'older'> {
  const eras = new Map<string, 'newest' | 'older'>();
  for (const match of readme.matchAll(/^- `([a-z_]+\/\d+)\.response\.json` — .*?; (newest|older)\b/gm)) {
    const [, example, era] = match;
    if (example !== undefined && (era === 'newest' || era === 'older')) eras.set(example, era);
  }
  return eras;
}
