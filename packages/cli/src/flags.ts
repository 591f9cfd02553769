import type { FieldMeta } from '@terrapin/core/docs';
import { InvalidArgumentError, Option } from 'commander';
import { fieldFlag } from './naming';
import type { OptionReader } from './option-values';
import { errorMessage } from './system-errors';
import { isIsoDate, parseNumber, splitList } from './values';

/** A request field bound to the commander option that fills it. */
export interface FieldBinding {
  field: FieldMeta;
  /** `--coupon-min`. */
  flag: string;
  /** Key of the parsed value in `command.opts()`. */
  attribute: string;
}

/**
 * The enum values of each request field's option, for shell completion. Kept beside the option rather than set
 * with commander's `choices()`, which would replace the parser that checks the value with the spec's message.
 */
export const enumValues = new WeakMap<Option, readonly string[]>();

/** Field types we can take from a flag; anything else (objects) must come through `--body`. */
const FLAG_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array']);

/** True when the field can be set from the command line. */
export function hasFlag(field: FieldMeta): boolean {
  return FLAG_TYPES.has(field.type) && (field.type !== 'array' || field.items !== 'object');
}

/**
 * The commander option(s) for one request field: `--kebab-name <value>` typed from the spec (numbers parsed and
 * range-checked, dates checked, enums listed), or `--flag` / `--no-flag` for booleans so both `true` and an
 * explicit `false` can be sent. Required fields are checked after parsing (they may also come from positional
 * ISINs or `--body`), so they are not commander-mandatory.
 */
export function optionsForField(field: FieldMeta): Option[] {
  const flag = fieldFlag(field.name);
  const description = describeField(field);
  if (field.type === 'boolean') {
    const negated = `--no-${flag.slice(2)}`;
    return [new Option(flag, description), new Option(negated, `send ${field.name}: false`).hideHelp()];
  }
  const option = new Option(`${flag} <${placeholder(field)}>`, description);
  if (field.type === 'array') {
    option.argParser((raw: string, previous: unknown[] | undefined) => [
      ...(previous ?? []),
      ...splitList(raw).map((item) => parseScalar(field, item, field.items ?? 'string')),
    ]);
  } else {
    option.argParser((raw: string) => parseScalar(field, raw, field.type));
  }
  if (field.enum?.length) enumValues.set(option, field.enum);
  return [option];
}

/** Binds fields to their options' attribute names (commander camelCases `--coupon-min` to `couponMin`). */
export function bindField(field: FieldMeta, option: Option): FieldBinding {
  return { field, flag: fieldFlag(field.name), attribute: option.attributeName() };
}

/** Builds the request body from parsed options: only the flags the user gave (the API rejects `null`s). */
export function bodyFromOptions(
  bindings: readonly FieldBinding[],
  options: OptionReader,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const { field, attribute } of bindings) {
    const value = options.raw(attribute);
    if (value !== undefined) body[field.name] = value;
  }
  return body;
}

function parseScalar(field: FieldMeta, raw: string, type: string): unknown {
  try {
    if (type === 'number' || type === 'integer') {
      return parseNumber(raw, {
        integer: type === 'integer',
        ...(field.minimum !== undefined ? { minimum: field.minimum } : {}),
        ...(field.maximum !== undefined ? { maximum: field.maximum } : {}),
      });
    }
    if (field.format === 'date' && !isIsoDate(raw)) {
      throw new Error(`expected an existing date as YYYY-MM-DD, got ${JSON.stringify(raw)}`);
    }
    if (field.enum && !field.enum.includes(raw)) {
      throw new Error(`expected one of: ${field.enum.join(', ')}; got ${JSON.stringify(raw)}`);
    }
    // ISINs are normalised and checked later, all at once, with their positions (isin-input.ts).
    return raw;
  } catch (err) {
    throw new InvalidArgumentError(errorMessage(err));
  }
}

function placeholder(field: FieldMeta): string {
  const item = field.type === 'array' ? (field.items ?? 'string') : field.type;
  const base =
    field.format === 'date'
      ? 'YYYY-MM-DD'
      : field.format === 'isin'
        ? 'isin'
        : item === 'integer' || item === 'number'
          ? item
          : 'value';
  return field.type === 'array' ? `${base},…` : base;
}

function describeField(field: FieldMeta): string {
  const parts: string[] = [];
  if (field.description) parts.push(field.description.trim());
  if (field.required) parts.push('(required)');
  if (field.enum?.length)
    parts.push(`One of: ${field.enum.map((v) => (v.includes(' ') ? `"${v}"` : v)).join(', ')}.`);
  const range = [
    field.minimum !== undefined ? `>= ${field.minimum}` : undefined,
    field.maximum !== undefined ? `<= ${field.maximum}` : undefined,
  ].filter(Boolean);
  if (range.length) parts.push(`Range: ${range.join(', ')}.`);
  if (field.type === 'array') parts.push('Comma-separated or repeated.');
  if (field.type === 'boolean') parts.push(`--no-${fieldFlag(field.name).slice(2)} sends false.`);
  return parts.join(' ');
}
