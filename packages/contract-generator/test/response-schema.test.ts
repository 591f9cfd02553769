import { describe, expect, test } from 'vitest';
import { emitNode } from '../src/emit/code';
import { responseSchema } from '../src/model/response-schema';

const code = (schema: Parameters<typeof responseSchema>[0]) => emitNode(responseSchema(schema));

describe('response schemas', () => {
  test('objects keep unknown keys and accept null or absence for every field but isin', () => {
    expect(
      code({
        type: 'object',
        required: ['isin'],
        properties: { isin: { type: 'string' }, coupon: { type: 'number' } },
      }),
    ).toBe('z.looseObject({ isin: z.string(), coupon: z.optional(z.nullable(z.number())) })');
  });

  test('isin is nullable only where the spec says so, and optional unless required', () => {
    expect(code({ properties: { isin: { type: 'string', nullable: true } } })).toBe(
      'z.looseObject({ isin: z.optional(z.nullable(z.string())) })',
    );
    expect(code({ properties: { isin: { type: 'string' } } })).toBe(
      'z.looseObject({ isin: z.optional(z.string()) })',
    );
  });

  test('enums stay open: known values are a type argument only', () => {
    expect(code({ type: 'string', enum: ['a', null, 'b'] })).toBe('openEnum<["a","b"]>()');
    expect(code({ type: 'string', 'x-known-values': ['x'] })).toBe('openEnum<["x"]>()');
  });

  test('refs, unions and arrays map onto components and zod', () => {
    expect(code({ anyOf: [{ $ref: '#/components/schemas/A' }, { type: 'integer' }] })).toBe(
      'z.union([A, z.number()])',
    );
    expect(code({ type: 'array', items: { type: 'boolean' } })).toBe('z.array(z.boolean())');
    expect(code(undefined)).toBe('z.unknown()');
  });
});
