import type * as z from 'zod/mini';
import { isRecord, propertyOf } from '../internal/records';
import type { ApiErrorObject } from './api-errors';
import { findOperation } from './operation-table';
import type { AnyOperation, OperationEnvelope, OperationName } from './types';
import { issuesToApiErrors } from './validate';

/** Result of {@link validateResponse}: the body as received, or the problems found, each with a JSON pointer. */
export type ResponseValidationResult<T> =
  | { success: true; data: T }
  | { success: false; errors: ApiErrorObject[] };

/**
 * Checks a parsed 2xx JSON body against an operation's response schema (`operations[name].response`), the way the
 * client does for every answer.
 *
 * Why not just `schema.safeParse`: zod/mini copies every object key by key, which made validating a 1000-row
 * reference answer cost ~3.7× its `JSON.parse` (bench P2). Response schemas transform nothing (loose objects,
 * optional/nullable fields, open enums), so a valid body is returned as it was received — same content zod would
 * return — after a check that only reads it. zod still runs whenever that check says no, so the errors are zod's,
 * with pointers, and a schema shape the fast check does not know simply falls back to zod.
 * @example
 * const result = validateResponse('bond_reference', JSON.parse(text));
 * if (!result.success) console.error(result.errors); // [{ detail: '...', source: { pointer: '/data/3/coupon' } }]
 */
export function validateResponse<N extends OperationName>(
  name: N,
  body: unknown,
): ResponseValidationResult<OperationEnvelope<N>> {
  const op = findOperation(name);
  if (!op) {
    const errors = [{ title: 'No response schema', detail: `Unknown operation ${String(name)}` }];
    return { success: false, errors };
  }
  const result = checkResponse(op, body);
  return result.success ? { success: true, data: checkedEnvelope(name, result.data) } : result;
}

/** The `{ data, total }` envelope every JSON operation answers with. */
export interface CheckedEnvelope {
  data: unknown[];
  total: number;
}

/**
 * {@link validateResponse} for a table entry already in hand (the client's path: no lookup by name). Internal to
 * core; what passes is typed as the envelope alone.
 */
export function checkResponse(op: AnyOperation, body: unknown): ResponseValidationResult<CheckedEnvelope> {
  const schema = op.response;
  if (!isZodSchema(schema)) {
    const detail = `${op.name} answers with bytes, not JSON`;
    return { success: false, errors: [{ title: 'No response schema', detail }] };
  }
  if (fastCheck(schema)?.(body)) return { success: true, data: asEnvelope(body) };
  const result = schema.safeParse(body);
  if (result.success) return { success: true, data: asEnvelope(result.data) };
  return { success: false, errors: issuesToApiErrors(result.error.issues, body) };
}

/** What a JSON response schema accepted: sound, as every one of them is `envelope(item)` (schema-helpers.ts). */
function asEnvelope(checked: unknown): CheckedEnvelope {
  return checked as CheckedEnvelope;
}

/**
 * A body that passed `name`'s response schema, typed as that operation's envelope. Sound: the envelope type is
 * derived from the same generated schema that just accepted the body, but TypeScript cannot relate a schema found
 * by a run-time name lookup to the generic `N`.
 */
function checkedEnvelope<N extends OperationName>(_name: N, checked: unknown): OperationEnvelope<N> {
  return checked as OperationEnvelope<N>;
}

/** True for a zod schema (a `response` entry is `null` for the operation that answers with bytes). */
function isZodSchema(value: unknown): value is z.ZodMiniType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

type Check = (value: unknown) => boolean;

const compiled = new WeakMap<object, Check | null>();

/** The read-only check for a schema, compiled once; `null` when the schema uses something it does not cover. */
function fastCheck(schema: z.ZodMiniType): Check | null {
  let check = compiled.get(schema);
  if (check === undefined) {
    check = compile(schema);
    compiled.set(schema, check);
  }
  return check;
}

/** The def of a schema: its kind (`type`), its checks, and the kind-specific fields read below. */
type Def = z.ZodMiniType['_zod']['def'];

/** The child schema a def holds under `key` (`innerType`, `element`, `catchall`), read without trusting its kind. */
function childSchema(def: Def, key: 'innerType' | 'element' | 'catchall'): z.ZodMiniType | undefined {
  const child = propertyOf(def, key);
  return isZodSchema(child) ? child : undefined;
}

// Closures rather than generated source: no `new Function` (CSP-safe in browsers) and almost no bundle weight.
// Anything with checks, transforms, defaults or a strict/typed catchall returns null, and zod handles that schema.
// (`'unknown'` and `'any'` below are zod's def type names for schemas that accept every value, not TypeScript's.)
function compile(schema: z.ZodMiniType): Check | null {
  const def = schema._zod.def;
  if (def.checks?.length) return null;
  switch (def.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    // zod's own type names for schemas that accept anything (a string here, not TypeScript's `any`).
    case 'unknown':
    case 'any':
      return () => true;
    case 'optional': {
      const inner = compileChild(def, 'innerType');
      return inner ? (v) => v === undefined || inner(v) : null;
    }
    case 'nullable': {
      const inner = compileChild(def, 'innerType');
      return inner ? (v) => v === null || inner(v) : null;
    }
    case 'array': {
      const element = compileChild(def, 'element');
      if (!element) return null;
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'union': {
      const checks = compileAll(propertyOf(def, 'options'));
      return checks?.length ? (v) => checks.some((check) => check(v)) : null;
    }
    case 'object':
      return compileObject(def);
    default:
      return null;
  }
}

function compileChild(def: Def, key: 'innerType' | 'element'): Check | null {
  const child = childSchema(def, key);
  return child ? compile(child) : null;
}

/** Checks for every schema of a union's `options`, or `null` when one is not a schema or cannot be compiled. */
function compileAll(schemas: unknown): Check[] | null {
  if (!Array.isArray(schemas)) return null;
  const checks: Check[] = [];
  for (const schema of schemas) {
    const check = isZodSchema(schema) ? compile(schema) : null;
    if (!check) return null;
    checks.push(check);
  }
  return checks;
}

// Field codes for the object loop: most fields are optional/nullable primitives, checked inline by a switch (no
// call per field); anything else goes through its own compiled check.
const ANY = 0;
const STRING = 1;
const NUMBER = 2;
const BOOLEAN = 3;
const NESTED = 4;
const MAY_BE_NULL = 8;
const MAY_BE_UNDEFINED = 16;
const REQUIRED = 32;

/** The inline code of a field schema, or `null` when it needs its own compiled check. */
function fieldCode(schema: z.ZodMiniType, flags = 0): number | null {
  const def = schema._zod.def;
  if (def.checks?.length) return null;
  const inner = childSchema(def, 'innerType');
  switch (def.type) {
    case 'optional':
      return inner ? fieldCode(inner, flags | MAY_BE_UNDEFINED) : null;
    case 'nullable':
      return inner ? fieldCode(inner, flags | MAY_BE_NULL) : null;
    case 'string':
      return flags | STRING;
    case 'number':
      return flags | NUMBER;
    case 'boolean':
      return flags | BOOLEAN;
    // zod's type names, as above (not TypeScript's `any`).
    case 'unknown':
    case 'any':
      return ANY | MAY_BE_NULL | MAY_BE_UNDEFINED;
    default:
      return null;
  }
}

function fits(code: number, x: unknown): boolean {
  if (x === undefined) return (code & MAY_BE_UNDEFINED) !== 0;
  if (x === null) return (code & MAY_BE_NULL) !== 0;
  switch (code & 7) {
    case STRING:
      return typeof x === 'string';
    case NUMBER:
      return typeof x === 'number' && Number.isFinite(x);
    case BOOLEAN:
      return typeof x === 'boolean';
    default:
      return true;
  }
}

/** Rows in another order, in a row, before the remembered key order is replaced by the next row's. */
const RELEARN_AFTER = 4;
/** At most this many keys of a row are remembered (unknown keys count): a hostile answer holds no memory. */
const MAX_ORDER_KEYS = 512;

function compileObject(def: Def): Check | null {
  // Only loose objects: unknown keys kept as they are. A strict object (or a typed catchall) needs zod's key walk.
  if (childSchema(def, 'catchall')?._zod.def.type !== 'unknown') return null;
  const shape = propertyOf(def, 'shape');
  const codes = new Map<string, number>();
  const nested = new Map<string, Check>();
  let required = 0;
  for (const [key, schema] of Object.entries(isRecord(shape) ? shape : {})) {
    if (!isZodSchema(schema)) return null;
    const optional = schema._zod.def.type === 'optional';
    if (!optional) required++;
    const flags = optional ? 0 : REQUIRED;
    const code = fieldCode(schema);
    if (code !== null) {
      codes.set(key, code | flags);
      continue;
    }
    const check = compile(schema);
    if (!check) return null;
    codes.set(key, NESTED | flags);
    nested.set(key, check);
  }
  // The key order of a recent row, with each key's code by position. The rows of one answer come from one
  // serialiser, so their keys arrive in the same order: a row that repeats the order needs no lookup by name.
  let orderKeys: string[] = [];
  let orderCodes: Array<number | undefined> = [];
  let misses = RELEARN_AFTER; // nothing remembered yet: learn from the first row
  // Walks the keys the row has (for-in over a JSON.parse object is V8's fast path) rather than the schema's keys
  // (a keyed load per schema field measured 2-3× slower); absent required fields show up in the count. A row in
  // the remembered order reads codes by position instead of by name (bench P2: bond_reference 1.18× → 1.13× its
  // JSON.parse, muni_reference 1.26× → 1.18×). Rows in mixed orders use the lookup by name and replace the order
  // only after several misses in a row, so alternating shapes cost no more than the lookup alone. A row that
  // fails, or is wider than the memory, leaves a partial order: later rows miss on it and it is soon replaced.
  return (v) => {
    if (!isRecord(v)) return false;
    const learning = misses >= RELEARN_AFTER;
    if (learning) {
      orderKeys = [];
      orderCodes = [];
      misses = 0;
    }
    let same = !learning;
    let seen = 0;
    let i = 0;
    for (const key in v) {
      let code: number | undefined;
      if (same && orderKeys[i] === key) code = orderCodes[i];
      else {
        same = false;
        code = codes.get(key);
      }
      if (learning && i < MAX_ORDER_KEYS) {
        orderKeys.push(key);
        orderCodes.push(code);
      }
      i++;
      if (code === undefined) continue;
      const x = v[key];
      if ((code & 7) === NESTED ? nested.get(key)?.(x) !== true : !fits(code, x)) return false;
      if (code & REQUIRED) seen++;
    }
    if (!learning) misses = same && i === orderKeys.length ? 0 : misses + 1;
    return seen === required;
  };
}
