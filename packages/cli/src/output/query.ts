import type { TreeInterpreter } from '@jmespath-community/jmespath';
import { isRecord } from '@terrapin/core/adapter-kit';
import { CliUsageError } from '../errors';
import type { OutputFormat } from './render';

/** A JSON value as the JMESPath interpreter takes it (the library does not export the type by name). */
type JsonValue = Parameters<typeof TreeInterpreter.search>[1];

/** True for what JSON can carry: the API's rows and `JSON.parse` output always are. */
function isJsonValue(value: unknown): value is JsonValue {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isJsonValue);
  return isRecord(value) && Object.values(value).every(isJsonValue);
}

/** A compiled `--query`: evaluates the expression against one JSON value. */
export type Query = (value: unknown) => unknown;

const compiled = new Map<string, Query>();

function queryError(expression: string, err: unknown): CliUsageError {
  const message = err instanceof Error ? err.message : String(err);
  return new CliUsageError(`--query is not a valid JMESPath expression: ${message}`, [
    `expression: ${expression}`,
    'see https://jmespath.site for the syntax, e.g. --query "data[?coupon > \\`3\\`].isin"',
  ]);
}

/**
 * Compiles a `--query` JMESPath expression with `@jmespath-community/jmespath` (loaded only when a query is
 * given). Called before any request, so a typo costs nothing.
 * @throws CliUsageError naming the flag, for a syntax error now or an evaluation error (wrong arity, type) later.
 */
export async function compileQuery(expression: string): Promise<Query> {
  const cached = compiled.get(expression);
  if (cached) return cached;
  const { compile, TreeInterpreter } = await import('@jmespath-community/jmespath');
  let ast: ReturnType<typeof compile>;
  try {
    ast = compile(expression);
  } catch (err) {
    throw queryError(expression, err);
  }
  const query: Query = (value) => {
    try {
      if (!isJsonValue(value)) throw new Error('the value to query is not JSON');
      return TreeInterpreter.search(ast, value);
    } catch (err) {
      throw queryError(expression, err);
    }
  };
  compiled.set(expression, query);
  return query;
}

/**
 * The format a `--query` run prints: JSON unless NDJSON was asked for. A query filters JSON, so an explicit table
 * or CSV is a usage error rather than a silent choice.
 */
export function queryFormat(explicit: OutputFormat | undefined): 'json' | 'ndjson' {
  if (explicit === 'ndjson' || explicit === 'json') return explicit;
  if (explicit === undefined) return 'json';
  throw new CliUsageError(`--query filters JSON output; use --format json or ndjson, not ${explicit}`);
}
