import { describe, expect, test } from 'vitest';
import { emitNode } from '../src/emit/code';
import { DATE_ORDER_ERROR, requestObject, requestSchema } from '../src/model/request-schema';

const code = (schema: Parameters<typeof requestObject>[0]) => emitNode(requestObject(schema));

describe('request schemas', () => {
  test('optional fields are wrapped, required ones are not, and no default is injected', () => {
    expect(
      code({
        type: 'object',
        required: ['a'],
        properties: { a: { type: 'string' }, b: { type: 'boolean', default: true } as never },
      }),
    ).toBe('obj({ a: z.string(), b: z.optional(z.boolean()) })');
  });

  test('an ISIN field gets the check digit and upper-casing even where the spec lost its x-check', () => {
    expect(
      code({ type: 'object', properties: { isins: { type: 'array', items: { type: 'string' } } } }),
    ).toBe(
      'obj({ isins: z.optional(z.array(z.string().check(z.trim(), z.toUpperCase(), ' +
        'z.refine(isValidIsin, {"message":"Invalid ISIN check digit"})))) })',
    );
  });

  test('a fixed length aborts the checks when a check follows, so a wrong length gets one problem', () => {
    const isin = { type: 'string', minLength: 12, maxLength: 12, 'x-check': 'valid_check_digit' } as const;
    expect(emitNode(requestSchema(isin))).toBe(
      'z.string().check(z.length(12, {"abort":true}), z.refine(isValidIsin, {"message":"Invalid ISIN check digit"}))',
    );
  });

  test('enums are closed unless the evidence says the set is open', () => {
    expect(emitNode(requestSchema({ type: 'string', enum: ['a', null, 'b'] }))).toBe('z.enum(["a","b"])');
    expect(
      emitNode(requestSchema({ type: 'string', enum: ['a'], 'x-evidence': 'treat as open string set' })),
    ).toBe('z.string()');
  });

  test('ranges, integers, dates and array bounds become checks', () => {
    expect(emitNode(requestSchema({ type: 'integer', minimum: 1, maximum: 50 }))).toBe(
      'int().check(z.gte(1), z.lte(50))',
    );
    expect(emitNode(requestSchema({ type: 'string', format: 'date' }))).toBe('isoDate()');
    expect(emitNode(requestSchema({ type: 'array', minItems: 1, items: { type: 'string' } }))).toBe(
      'z.array(z.string()).check(z.minLength(1))',
    );
  });

  test('every request with start_date and end_date rejects a reversed window', () => {
    const dates = {
      start_date: { type: 'string', format: 'date' },
      end_date: { type: 'string', format: 'date' },
    } as const;
    expect(code({ type: 'object', properties: dates })).toContain(
      `.check(endNotBeforeStart("start_date", "end_date", "${DATE_ORDER_ERROR}"))`,
    );
    const custom = {
      ...dates,
      end_date: { ...dates.end_date, 'x-check': 'end_date_gte_start_date', 'x-check-error': 'nope' },
    };
    const withMessage = code({ type: 'object', properties: custom });
    expect(withMessage).toContain('endNotBeforeStart("start_date", "end_date", "nope")');
    expect(withMessage.match(/endNotBeforeStart/g)).toHaveLength(1);
  });

  test('a $ref in a request is refused rather than guessed', () => {
    expect(() => requestSchema({ $ref: '#/components/schemas/X' })).toThrow(/request \$ref/);
  });
});
