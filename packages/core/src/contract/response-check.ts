import type * as z from 'zod/mini';
import { isRecord, type JsonRecord, propertyOf } from '../internal/records';
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
    case 'object':
      return compileObject(def);
    case 'union': {
      const checks = compileAll(propertyOf(def, 'options'));
      if (!checks?.length) return null;
      return (v) => {
        for (const check of checks) if (check(v)) return true;
        return false;
      };
    }
    default: {
      // Primitives, optional/nullable and arrays: the same codes the object loop reads.
      const field = compileField(schema);
      if (!field) return null;
      const { code, check } = field;
      return (v) => fitsField(code, v, check);
    }
  }
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

/**
 * A value's code: its kind (`code & Code.Kind`), whether `null` and `undefined` fit, whether the field is required,
 * and for an array the code of its elements (`code >> Code.ElementShift`). Most fields are optional/nullable
 * primitives or arrays of them, checked inline by a switch (no call per field or per element); optional/nullable
 * wrappers become flags, and only the innermost schema of anything else gets its own compiled check.
 * An enum rather than module constants: esbuild writes its members as literals, while module-level `const`s stay
 * variables in the unminified build (dist/) that the JIT reloads and checks at each use in the loops below
 * (bench P2: ~0.01 of bond_reference's ratio, ~0.03 of muni_reference's).
 */
enum Code {
  Any = 0,
  String = 1,
  Number = 2,
  Boolean = 3,
  /** Checked by the field's own compiled check (objects, unions, arrays of arrays). */
  Nested = 4,
  /** An array whose elements fit the code held above `ElementShift` (a kind other than Array). */
  Array = 5,
  Kind = 7,
  MayBeNull = 8,
  MayBeUndefined = 16,
  Required = 32,
  ElementShift = 6,
}

/** A field's code, and the compiled check of its innermost schema when the code's kind (or its element's) is Nested. */
interface Field {
  code: number;
  check: Check | undefined;
}

/** The field of a schema, or `null` when something in it cannot be compiled. */
function compileField(schema: z.ZodMiniType, flags = 0, inArray = false): Field | null {
  const def = schema._zod.def;
  if (def.checks?.length) return null;
  const inner = childSchema(def, 'innerType');
  switch (def.type) {
    case 'optional':
      return inner ? compileField(inner, flags | Code.MayBeUndefined, inArray) : null;
    case 'nullable':
      return inner ? compileField(inner, flags | Code.MayBeNull, inArray) : null;
    case 'string':
      return { code: flags | Code.String, check: undefined };
    case 'number':
      return { code: flags | Code.Number, check: undefined };
    case 'boolean':
      return { code: flags | Code.Boolean, check: undefined };
    // zod's type names, as above (not TypeScript's `any`).
    case 'unknown':
    case 'any':
      return { code: Code.Any | Code.MayBeNull | Code.MayBeUndefined, check: undefined };
    case 'array': {
      if (inArray) break; // an array of arrays: the inner arrays get their own check
      const element = childSchema(def, 'element');
      const field = element ? compileField(element, 0, true) : null;
      return field && { code: flags | Code.Array | (field.code << Code.ElementShift), check: field.check };
    }
    case 'object':
    case 'union':
      break;
    default:
      return null;
  }
  const check = compile(schema);
  return check && { code: flags | Code.Nested, check };
}

/** True when `x` fits a code of a primitive kind (or Any). */
function fits(code: number, x: unknown): boolean {
  switch (code & Code.Kind) {
    case Code.String:
      if (typeof x === 'string') return true;
      break;
    case Code.Number:
      if (typeof x === 'number') return Number.isFinite(x);
      break;
    case Code.Boolean:
      if (typeof x === 'boolean') return true;
      break;
    default:
      return true;
  }
  return fitsAbsent(code, x);
}

/** True when `x` is `null` or `undefined` and the code allows it. */
function fitsAbsent(code: number, x: unknown): boolean {
  return x === null ? (code & Code.MayBeNull) !== 0 : x === undefined && (code & Code.MayBeUndefined) !== 0;
}

/** True when `x` fits a code of kind Nested (`check` is the field's). */
function fitsNested(code: number, x: unknown, check: Check | undefined): boolean {
  if (x === null || x === undefined) return fitsAbsent(code, x);
  return check === undefined ? false : check(x); // `check?.(x) === true` measured slower (bench P2)
}

/** True when `x` fits a code of kind Nested or Array. */
function fitsCompound(code: number, x: unknown, check: Check | undefined): boolean {
  if ((code & Code.Kind) === Code.Nested) return fitsNested(code, x, check);
  if (!Array.isArray(x)) return fitsAbsent(code, x);
  const element = code >> Code.ElementShift;
  if ((element & Code.Kind) === Code.Nested) {
    for (let i = 0; i < x.length; i++) if (!fitsNested(element, x[i], check)) return false;
  } else {
    for (let i = 0; i < x.length; i++) if (!fits(element, x[i])) return false;
  }
  return true;
}

/** True when `x` fits a field's code, whatever its kind. */
function fitsField(code: number, x: unknown, check: Check | undefined): boolean {
  return (code & Code.Kind) < Code.Nested ? fits(code, x) : fitsCompound(code, x, check);
}

/** Rows in another order, in a row, before the remembered key order is replaced by the next row's. */
const RELEARN_AFTER = 4;
/** Rows with this many keys or more (unknown keys count) are not remembered: a hostile answer holds no memory. */
const MAX_ORDER_KEYS = 512;

function compileObject(def: Def): Check | null {
  // Only loose objects: unknown keys kept as they are. A strict object (or a typed catchall) needs zod's key walk.
  if (childSchema(def, 'catchall')?._zod.def.type !== 'unknown') return null;
  const shape = propertyOf(def, 'shape');
  const fields = new Map<string, Field>();
  let required = 0;
  for (const [key, schema] of Object.entries(isRecord(shape) ? shape : {})) {
    if (!isZodSchema(schema)) return null;
    const field = compileField(schema);
    if (!field) return null;
    if (schema._zod.def.type !== 'optional') {
      field.code |= Code.Required;
      required++;
    }
    fields.set(key, field);
  }
  const unknownKey: Field = { code: Code.Any | Code.MayBeNull | Code.MayBeUndefined, check: undefined };
  // The key order of a row that passed: each key followed by its code (one array: a bounds check less per field
  // than two, ~0.01 of bench P2's ratios), and each key's check by position. The rows of one answer come from one
  // serialiser, so their keys arrive in the same order: a row that repeats the order needs no lookup by name, and no
  // count of required fields (the remembered row had them all).
  const order: Array<string | number> = [];
  const orderChecks: Array<Check | undefined> = [];
  let misses = RELEARN_AFTER; // nothing remembered yet: learn from the first row

  // The row's keys looked up by name, each read once; while learning, their order is remembered.
  const checkByName = (v: JsonRecord, learning: boolean): boolean => {
    let seen = 0;
    for (const key in v) {
      const field = fields.get(key) ?? unknownKey;
      if (learning && orderChecks.length < MAX_ORDER_KEYS) {
        order.push(key, field.code);
        orderChecks.push(field.check);
      }
      if (!fitsField(field.code, v[key], field.check)) return false;
      if (field.code & Code.Required) seen++;
    }
    return seen === required;
  };

  // Walks the keys the row has (for-in over a JSON.parse object is V8's fast path) rather than the schema's keys
  // (a keyed load per schema field measured 2-3× slower). A row in the remembered order reads codes by position
  // (bench P2, with the codes above: bond_reference 1.11× → 1.07× its JSON.parse, muni_reference 1.17× → 1.11×).
  // Rows in mixed orders use the lookup by name and replace the order only after several misses in a row, so
  // alternating shapes cost no more than the lookup alone.
  return (v) => {
    if (!isRecord(v)) return false;
    // A read before the walk, for V8. JSON.parse deprecates the hidden class of the rows it built before a later row
    // widened a field (an integer column that turns fractional, a number that turns null), so the first answer of
    // a shape nearly always has such rows. The first property read on one makes V8 migrate it; inside the walk,
    // that changes the row's class mid-loop, and V8 then keeps this walk (shared by every object schema) on its slow
    // path for good: bond_reference answers checked at ~1.30× their JSON.parse instead of ~1.08× after a first
    // answer with 50 such rows. (Bench P2 does not see it: its first validateResponse gets a second JSON.parse of
    // the answer.) Read here, the walk never meets one.
    v.constructor;
    if (misses < RELEARN_AFTER) {
      let i = 0;
      for (const key in v) {
        // Past the end, order[i] is undefined: a wider row misses too.
        if (order[i] !== key) {
          i = -1;
          break;
        }
        // fitsField written out, as statements: calling it, or one `?:` expression, measured 0.015-0.02 slower
        // (bench P2, both ratios).
        const code = order[i + 1] as number;
        const x = v[key];
        if ((code & Code.Kind) < Code.Nested) {
          if (!fits(code, x)) return false;
        } else if (!fitsCompound(code, x, orderChecks[i >> 1])) return false;
        i += 2;
      }
      if (i === order.length) {
        misses = 0;
        return true;
      }
      misses++;
      return checkByName(v, false);
    }
    order.length = 0;
    orderChecks.length = 0;
    const ok = checkByName(v, true);
    // Only a row that passed (it held every required field) and was remembered whole is used.
    misses = ok && orderChecks.length < MAX_ORDER_KEYS ? 0 : RELEARN_AFTER;
    return ok;
  };
}
