import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { operationDocs } from '../../src/docs/index';
import {
  type AnyOperation,
  type OperationName,
  operationNames,
  operations,
  validateRequest,
} from '../../src/index';

// Bad input (issue #10): for every operation, arbitrary bodies never crash validation, and every rejection
// carries a JSON pointer into the body — in lenient (client) and strict (mock/proxy) mode.
const table = operations as unknown as Record<string, AnyOperation>;
const NUM_RUNS = 10_000;

/** Bodies near the real shape: the operation's own field names with arbitrary JSON values, plus junk keys. */
function bodyArbitrary(op: AnyOperation) {
  const fieldNames = operationDocs[op.name as OperationName].fields.map((f) => f.name);
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(
      'US0378331005',
      'us0378331005 ',
      'US0378331006',
      '2024-02-29',
      '2023-02-29',
      '',
      -1,
      0,
      1001,
    ),
    fc.array(fc.constantFrom('US0378331005', 'XS2724510792', 'BAD', 7, null), { maxLength: 5 }),
  );
  const key = fieldNames.length ? fc.oneof(fc.constantFrom(...fieldNames), fc.string()) : fc.string();
  const objectBody = fc.dictionary(key, value, { maxKeys: 6 });
  return op.bodyIsArray
    ? fc.oneof(
        fc.array(
          fc.record({
            isin: value,
            trade_data: fc.array(fc.dictionary(fc.string(), value), { maxLength: 2 }),
          }),
          { maxLength: 3 },
        ),
        fc.jsonValue(),
      )
    : fc.oneof({ weight: 4, arbitrary: objectBody }, { weight: 1, arbitrary: fc.jsonValue() });
}

describe.each(operationNames.map((n) => [n]))('%s request validation under random input', (name) => {
  const op = table[name] as AnyOperation;
  it(`never throws and always points at the problem (${NUM_RUNS} cases)`, () => {
    fc.assert(
      fc.property(bodyArbitrary(op), fc.boolean(), (body, strict) => {
        const result = validateRequest(name, body, { strict });
        if (!result.success) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            expect(typeof error.detail).toBe('string');
            expect(error.source?.pointer).toMatch(/^(|\/.*)$/);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
