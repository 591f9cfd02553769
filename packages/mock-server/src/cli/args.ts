import { parseArgs } from 'node:util';
import { type OperationName, operationNames } from '@terrapin/core/contract';
import { isFaultKind } from '../pipeline/faults';
import type { MockServerOptions } from '../types';

/** The bin's port when `--port` is not given (a fixed port is easier to point a CLI or an app at). */
export const DEFAULT_BIN_PORT = 4010;

/** What the command line asks for. */
export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; options: MockServerOptions; log: boolean }
  | { kind: 'error'; message: string };

class UsageError extends Error {}

function integer(name: string, value: string | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} must be an integer ≥ ${min}, got ${JSON.stringify(value)}`);
  return n;
}

function list(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}

/**
 * A comma list of names that must all pass `isKnown` (fault kinds, operation names), typed as such; the first
 * unknown name is a usage error naming `--flag`.
 */
function knownNames<T extends string>(
  flag: string,
  what: string,
  value: string | undefined,
  isKnown: (name: string) => name is T,
): T[] | undefined {
  const names = list(value);
  const unknown = names?.find((name) => !isKnown(name));
  if (unknown !== undefined) throw new UsageError(`--${flag}: unknown ${what} ${JSON.stringify(unknown)}`);
  return names?.filter(isKnown);
}

function isOperationName(name: string): name is OperationName {
  return operationNames.some((known) => known === name);
}

function rateLimit(value: string | undefined): MockServerOptions['rateLimit'] {
  if (value === undefined) return undefined;
  if (value === 'off' || value === 'false' || value === '0') return false;
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  if (!match)
    throw new UsageError(
      `--rate-limit must look like 100/60 (requests/seconds) or off, got ${JSON.stringify(value)}`,
    );
  return { limit: Number(match[1]), windowMs: Number(match[2]) * 1000 };
}

/** Parses `terrapin-mock` arguments with `node:util` parseArgs. */
export function parseCli(argv: readonly string[]): CliCommand {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        'api-key': { type: 'string', short: 'k', multiple: true },
        'rate-limit': { type: 'string' },
        quota: { type: 'string' },
        seed: { type: 'string' },
        'data-date': { type: 'string' },
        latency: { type: 'string' },
        'fault-rate': { type: 'string' },
        faults: { type: 'string' },
        'fault-seed': { type: 'string' },
        operations: { type: 'string' },
        'history-days': { type: 'string' },
        'no-full-reference': { type: 'boolean' },
        bonds: { type: 'string' },
        agency: { type: 'string' },
        munis: { type: 'string' },
        log: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.help) return { kind: 'help' };
    if (values.version) return { kind: 'version' };
    const options: MockServerOptions = { port: integer('port', values.port) ?? DEFAULT_BIN_PORT };
    if (values.host) options.host = values.host;
    if (values['api-key']?.length) options.apiKeys = values['api-key'];
    const limit = rateLimit(values['rate-limit']);
    if (limit !== undefined) options.rateLimit = limit;
    if (values.quota !== undefined)
      options.quota = values.quota === 'off' ? false : integer('quota', values.quota, 1);
    const seed = integer('seed', values.seed);
    if (seed !== undefined) options.seed = seed;
    if (values['data-date'] !== undefined) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(values['data-date']))
        throw new UsageError('--data-date must be YYYY-MM-DD');
      options.dataDate = values['data-date'];
    }
    const latency = integer('latency', values.latency);
    if (latency !== undefined) options.latencyMs = latency;
    const faults = knownNames('faults', 'fault', values.faults, isFaultKind);
    const rate = values['fault-rate'] === undefined ? undefined : Number(values['fault-rate']);
    if (rate !== undefined && !(rate >= 0 && rate <= 1))
      throw new UsageError('--fault-rate must be a number from 0 to 1');
    const faultSeed = integer('fault-seed', values['fault-seed']);
    if (rate !== undefined || faults || faultSeed !== undefined) {
      options.faults = {};
      if (rate !== undefined) options.faults.rate = rate;
      if (faults) options.faults.kinds = faults;
      if (faultSeed !== undefined) options.faults.seed = faultSeed;
    }
    const ops = knownNames('operations', 'operation', values.operations, isOperationName);
    const historyDays = integer('history-days', values['history-days'], 1);
    if (ops || historyDays !== undefined || values['no-full-reference']) {
      options.tier = {};
      if (ops) options.tier.operations = ops;
      if (historyDays !== undefined) options.tier.historyDays = historyDays;
      if (values['no-full-reference']) options.tier.fullReferenceData = false;
    }
    const sizes = {
      bonds: integer('bonds', values.bonds),
      agency: integer('agency', values.agency),
      munis: integer('munis', values.munis),
    };
    if (Object.values(sizes).some((v) => v !== undefined)) {
      options.dataset = Object.fromEntries(Object.entries(sizes).filter(([, v]) => v !== undefined));
    }
    return { kind: 'run', options, log: values.log === true };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
