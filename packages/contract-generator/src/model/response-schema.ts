import { refName } from '../spec/read-spec';
import type { SchemaObject } from '../spec/types';
import { call, type Field, type Node, ref } from './node';

/**
 * A response schema, lossless and tolerant (DESIGN.md "Schema rules"): unknown keys kept (`z.looseObject`), every
 * field but `isin` may be null or absent (CONTRACT.md §2), enums open (`openEnum`, whose known values are a type
 * argument only: autocomplete without shipping the lists).
 */
export function responseSchema(schema: SchemaObject | undefined): Node {
  if (!schema) return call('z.unknown');
  if (schema.$ref) return ref(refName(schema.$ref));
  if (schema.anyOf) return call('z.union', { kind: 'list', items: schema.anyOf.map(responseSchema) });
  switch (schema.type) {
    case 'string': {
      const known = (schema.enum ?? schema['x-known-values'] ?? []).filter((v) => v !== null);
      return known.length ? { kind: 'call', callee: 'openEnum', typeArg: known, args: [] } : call('z.string');
    }
    case 'number':
    case 'integer':
      return call('z.number');
    case 'boolean':
      return call('z.boolean');
    case 'array':
      return call('z.array', responseSchema(schema.items));
    case 'object':
    case undefined:
      return schema.properties || schema.type === 'object' ? responseObject(schema) : call('z.unknown');
    default:
      throw new Error(`unsupported response type ${String(schema.type)}`);
  }
}

function responseObject(schema: SchemaObject): Node {
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {}).map(([key, prop]): Field => {
    const inner = responseSchema(prop);
    if (key !== 'isin') return { key, value: call('z.optional', call('z.nullable', inner)) };
    // `isin` may be absent in older rows, and is null only where the spec says so (convert_to_isin: an input that
    // resolves to no ISIN).
    const value = prop.nullable === true ? call('z.nullable', inner) : inner;
    return { key, value: required.has('isin') ? value : call('z.optional', value) };
  });
  return { kind: 'object', factory: 'z.looseObject', fields };
}
