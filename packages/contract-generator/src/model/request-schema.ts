import type { SchemaObject } from '../spec/types';
import { call, checked, type Field, json, type Node, ref } from './node';

/** The message of the date-order check where the spec does not give one. */
export const DATE_ORDER_ERROR = 'end_date must be greater than or equal to start_date';

/** Request enums stay closed unless the spec's evidence says the set is open. */
const isOpenEnum = (schema: SchemaObject) => /open (string )?set/i.test(schema['x-evidence'] ?? '');

/**
 * A request schema: known fields typed and checked as the server checks them, and no injected defaults (a default
 * would send a field the caller never set). Objects are built with the `obj` factory parameter (see `Node`).
 */
export function requestSchema(schema: SchemaObject): Node {
  if (schema.$ref) throw new Error('request $ref not supported');
  switch (schema.type) {
    case 'string':
      return stringSchema(schema);
    case 'number':
    case 'integer': {
      const checks: Node[] = [];
      if (schema.minimum !== undefined) checks.push(call('z.gte', json(schema.minimum)));
      if (schema.maximum !== undefined) checks.push(call('z.lte', json(schema.maximum)));
      // int() is z.int() without zod's number-format machinery (schema-helpers.ts).
      return checked(call(schema.type === 'integer' ? 'int' : 'z.number'), checks);
    }
    case 'boolean':
      return call('z.boolean');
    case 'array': {
      const items = schema.items ?? {};
      // x-check/x-transform sometimes sit on the array instead of its items; they always mean the items.
      const itemSchema: SchemaObject = { ...items };
      for (const k of ['x-check', 'x-check-error', 'x-transform'] as const)
        if (schema[k] && !items[k]) itemSchema[k] = schema[k];
      const checks: Node[] = [];
      if (schema.minItems !== undefined) checks.push(call('z.minLength', json(schema.minItems)));
      if (schema.maxItems !== undefined) checks.push(call('z.maxLength', json(schema.maxItems)));
      return checked(call('z.array', requestSchema(itemSchema)), checks);
    }
    case 'object':
      return requestObject(schema);
    default:
      return call('z.unknown');
  }
}

function stringSchema(schema: SchemaObject): Node {
  if (schema.enum && !isOpenEnum(schema))
    return call('z.enum', json(schema.enum.filter((v): v is string => v !== null)));
  const checks: Node[] = [];
  if (schema['x-transform'] === 'upcase') checks.push(call('z.trim'), call('z.toUpperCase'));
  // isoDate() rejects impossible dates (2023-02-29) as well as bad shapes, like z.iso.date() but smaller.
  if (schema.format === 'date') return checked(call('isoDate'), checks);
  // A wrong length ends the checks (`abort`): "must be 12 characters" alone says it; a check-digit complaint about
  // the same string would only be noise at the same pointer.
  const abort = schema['x-check'] ? [json({ abort: true })] : [];
  if (schema.minLength !== undefined && schema.minLength === schema.maxLength)
    checks.push(call('z.length', json(schema.minLength), ...abort));
  else {
    if (schema.minLength !== undefined) checks.push(call('z.minLength', json(schema.minLength)));
    if (schema.maxLength !== undefined) checks.push(call('z.maxLength', json(schema.maxLength)));
  }
  if (schema['x-check'] === 'valid_check_digit') {
    const message = schema['x-check-error'] ?? 'Invalid ISIN check digit';
    checks.push(call('z.refine', ref('isValidIsin'), json({ message })));
  }
  return checked(call('z.string'), checks);
}

/** The object schema of a request body (or of an object inside one). */
export function requestObject(schema: SchemaObject): Node {
  const required = new Set(schema.required ?? []);
  const refinements: { key: string; message: string }[] = [];
  const fields = Object.entries(schema.properties ?? {}).map(([key, raw]): Field => {
    const prop = asIsinField(key, raw);
    if (prop['x-check'] === 'end_date_gte_start_date')
      refinements.push({ key, message: prop['x-check-error'] ?? DATE_ORDER_ERROR });
    const inner = requestSchema(prop);
    return { key, value: required.has(key) ? inner : call('z.optional', inner) };
  });
  // The spec states `end_date >= start_date` (x-check) for the bond and agency pricing histories only, but every
  // request with both `start_date` and `end_date` gets the same check: a reversed window is nonsense, rejecting it
  // before the call spends no quota or rate-limit slot, and the mock (which validates with this table) and the
  // client then agree on what is a 422.
  const props = schema.properties ?? {};
  if (props.start_date && props.end_date && !refinements.some((r) => r.key === 'end_date'))
    refinements.push({ key: 'end_date', message: DATE_ORDER_ERROR });
  let node: Node = { kind: 'object', factory: 'obj', fields };
  for (const { key, message } of refinements) {
    const start = key.replace(/^end/, 'start');
    node = checked(node, [call('endNotBeforeStart', json(start), json(key), json(message))]);
  }
  return node;
}

/**
 * A field named `isin`/`isins` holds ISINs even where a partial page of the docs lost its `x-check`
 * (muni_search.isins): the server checks every ISIN, so we do too, and upper-case like the server.
 */
function asIsinField(key: string, prop: SchemaObject): SchemaObject {
  const isinCheck: SchemaObject = {
    'x-check': 'valid_check_digit',
    'x-check-error': 'Invalid ISIN check digit',
    'x-transform': 'upcase',
  };
  if (key === 'isin' && prop.type === 'string') return { ...isinCheck, ...prop };
  if (key === 'isins' && prop.type === 'array' && prop.items?.type === 'string')
    return { ...prop, items: { ...isinCheck, ...prop.items } };
  return prop;
}
