import { isRecord } from '@terrapin/core/adapter-kit';
import { type AnyOperation, validateRequest } from '@terrapin/core/contract';
import { normalizeIsin } from '@terrapin/core/identifiers';
import type { Command } from 'commander';
import { readJsonBody } from './body-input';
import type { CliClient, SearchAll } from './client-port';
import { connect, readGlobalOptions } from './connect';
import type { CliContext } from './context';
import { emitResult } from './emit';
import { CliUsageError, describeItem, type PointerToFlag } from './errors';
import { bodyFromOptions, type FieldBinding } from './flags';
import { collectIsins, isinProblem } from './isin-input';
import { isOperationName } from './operation-name';
import { type OptionReader, ownOptions, positionalStrings } from './option-values';
import { renderNdjsonRow } from './output/json';
import { compileQuery, queryFormat } from './output/query';
import { chooseFormat } from './output/render';
import { asRows, projectRows } from './output/rows';
import { type OutputFlags, readOutputFlags } from './output-options';
import { type PriceFlags, priceToYieldBody, readPriceFlags } from './price-to-yield';
import { startProgress } from './progress';

/** Every flag of an operation command: output, price-to-yield, body sources, and the request-field flags. */
interface OperationFlags extends OutputFlags, PriceFlags {
  body?: string;
  input?: string;
  isinsFile?: string;
  /** The request-field flags' values by attribute (checked by the contract's validator, not here). */
  options: OptionReader;
}

function readOperationFlags(command: Command): OperationFlags {
  const options = ownOptions(command);
  return {
    ...readOutputFlags(options),
    ...readPriceFlags(options),
    body: options.string('body'),
    input: options.string('input'),
    isinsFile: options.string('isinsFile'),
    options,
  };
}

/**
 * Runs one derived operation command: body from flags/arguments/`--body`, checked locally with the contract's
 * own validator (so a bad flag costs no request and is reported as the flag, exit 2), then sent by core.
 */
export async function runOperation(
  ctx: CliContext,
  op: AnyOperation,
  bindings: readonly FieldBinding[],
  command: Command,
): Promise<void> {
  const flags = readOperationFlags(command);
  ctx.pointerToFlag = pointerMapper(op, bindings);
  if (flags.maxItems !== undefined && !flags.all)
    throw new CliUsageError('--max-items only applies with --all');

  const body = await buildBody(ctx, op, bindings, positionalStrings(command), flags);
  if (!isOperationName(op.name)) throw new CliUsageError(`unknown operation ${JSON.stringify(op.name)}`);
  const checked = validateRequest(op.name, body);
  if (!checked.success) {
    throw new CliUsageError(
      'invalid request; nothing was sent',
      checked.errors.map((e) => describeItem(e, ctx.pointerToFlag)),
    );
  }

  if (flags.query !== undefined) {
    queryFormat(flags.format);
    await compileQuery(flags.query);
  }
  const { client, logBody } = await connect(ctx, readGlobalOptions(command));
  logBody(op.name, checked.data);
  if (flags.all) {
    // Only paginated operations have --all, and their bodies are JSON objects.
    if (!isRecord(checked.data)) throw new CliUsageError(`--all is not available for ${op.name}`);
    await runAllPages(ctx, client, op, checked.data, flags);
    return;
  }
  const result = await client.call(op.name, checked.data);
  await emitResult(ctx, result.data, result.total, flags, { paginated: op.paginated });
}

async function buildBody(
  ctx: CliContext,
  op: AnyOperation,
  bindings: readonly FieldBinding[],
  positional: readonly string[],
  flags: OperationFlags,
): Promise<unknown> {
  const { stdin, cwd } = ctx.io;
  if (flags.body !== undefined && flags.input !== undefined) {
    throw new CliUsageError('give the request with --body or --input, not both');
  }
  const rawBody = flags.input !== undefined ? (flags.input === '-' ? '-' : `@${flags.input}`) : flags.body;
  const base = rawBody === undefined ? undefined : await readJsonBody(rawBody, { stdin, cwd });

  if (op.bodyIsArray) {
    if (base !== undefined) {
      if (!Array.isArray(base)) throw new CliUsageError(`${op.name} takes a top-level JSON array`);
      if (positional.length || flags.price || flags.settlementDate) {
        throw new CliUsageError('give either a JSON body or ISINs with --price/--settlement-date, not both');
      }
      return base;
    }
    const isins = await collectIsins({ args: positional, file: flags.isinsFile, stdin, cwd });
    return priceToYieldBody(isins, flags);
  }

  if (base !== undefined && !isRecord(base)) {
    throw new CliUsageError('--body must be a JSON object for this operation');
  }
  const body: Record<string, unknown> = { ...base, ...bodyFromOptions(bindings, flags.options) };

  if (op.isinField === 'isins') {
    const fromBody = Array.isArray(body.isins) ? body.isins.map(String) : undefined;
    const isins = await collectIsins({ args: positional, flag: fromBody, file: flags.isinsFile, stdin, cwd });
    const required = op.requiredFields.includes('isins');
    if (isins.length > 0) body.isins = isins;
    else if (required) {
      throw new CliUsageError('no ISINs given', [
        'pass them as arguments, with --isins-file <path>, or - to read stdin (one per line or comma-separated)',
      ]);
    }
  } else if (op.isinField === 'isin' && positional.length > 0) {
    if (body.isin !== undefined)
      throw new CliUsageError('give the ISIN as an argument or with --isin, not both');
    const [given = ''] = positional;
    const isin = normalizeIsin(given);
    const problem = isinProblem(isin);
    if (problem) throw new CliUsageError(`${JSON.stringify(given)} is not a valid ISIN: ${problem}`);
    body.isin = isin;
  }
  return body;
}

/** `--all`: a `limit: 0` count first (a cheap call: CONTRACT.md §6) sizes the progress bar and `total`. */
async function runAllPages(
  ctx: CliContext,
  client: CliClient,
  op: AnyOperation,
  body: Record<string, unknown>,
  flags: OperationFlags,
): Promise<void> {
  const ns = op.namespace ? client[op.namespace] : undefined;
  const searchAll: SearchAll | undefined = ns?.searchAll?.bind(ns);
  if (!searchAll) throw new CliUsageError(`--all is not available for ${op.name}`);
  const { limit, offset, ...params } = body;
  const { total } = await client.call(op.name, { ...params, limit: 0 });
  const expected = Math.max(
    0,
    Math.min(total - (typeof offset === 'number' ? offset : 0), flags.maxItems ?? Number.POSITIVE_INFINITY),
  );
  const progress = await startProgress(ctx.io.stderr, expected, op.name);
  const format = chooseFormat(flags.format, ctx.io.stdout.isTTY);
  const streaming = format === 'ndjson';
  const query = flags.query === undefined ? undefined : await compileQuery(flags.query);
  const rows: unknown[] = [];
  let count = 0;
  try {
    const pageOptions = {
      ...(flags.maxItems !== undefined ? { maxItems: flags.maxItems } : {}),
      ...(typeof limit === 'number' && limit > 0 ? { pageSize: limit } : {}),
    };
    const startAt = typeof offset === 'number' ? { offset } : {};
    for await (const row of searchAll({ ...params, ...startAt }, pageOptions)) {
      count++;
      // NDJSON streams rows as pages arrive: constant memory for a full-universe export.
      if (streaming) {
        const shaped = flags.fields ? projectRows(asRows([row]), flags.fields)[0] : row;
        // --query per row, as emitResult does for NDJSON: rows it maps to null are left out.
        const result = query ? query(shaped) : shaped;
        if (result !== null && result !== undefined) await ctx.out(renderNdjsonRow(result));
      } else rows.push(row);
      progress.update(count);
    }
  } finally {
    progress.stop();
  }
  if (!streaming) await emitResult(ctx, rows, total, flags, { paginated: true });
  if (format !== 'table') ctx.err(`${count} of ${total} rows\n`);
}

function pointerMapper(op: AnyOperation, bindings: readonly FieldBinding[]): PointerToFlag {
  return (pointer) => {
    const match = /^\/([^/]+)(?:\/(\d+))?(.*)$/.exec(pointer);
    if (!match) return undefined;
    const field = match[1]!.replace(/~1/g, '/').replace(/~0/g, '~');
    const binding = bindings.find((b) => b.field.name === field);
    if (!binding) return undefined;
    const label = field === op.isinField ? `${binding.flag} (or the ISIN arguments)` : binding.flag;
    if (match[2] === undefined) return label;
    return `${binding.flag} item ${Number(match[2]) + 1}${match[3] ? ` ${match[3]}` : ''}`;
  };
}
