import { allOperations, findOperation, getOperation, isBinaryOperation } from '@terrapin/core/adapter-kit';
import { binaryResponse } from '@terrapin/core/contract';
import { describe, expect, it } from 'vitest';

describe('the operations table, as adapters read it', () => {
  it('lists every operation once, each found by its name, with its POST path', () => {
    const ops = allOperations();
    expect(ops).toHaveLength(26);
    expect(new Set(ops.map((op) => op.name)).size).toBe(26);
    for (const op of ops) {
      expect(findOperation(op.name)).toBe(op);
      expect(op.path).toBe(`/api/v1/${op.name}`);
    }
    expect(getOperation('bond_reference').path).toBe('/api/v1/bond_reference');
  });

  it('answers undefined for names it does not have, including inherited keys', () => {
    for (const name of ['nope', '__proto__', 'constructor', 'toString', '']) {
      expect(findOperation(name)).toBeUndefined();
    }
  });

  it('marks exactly download_document as binary; every other operation answers the { data, total } envelope', () => {
    const binary = allOperations().filter(isBinaryOperation);
    expect(binary.map((op) => op.name)).toEqual(['download_document']);
    expect(binary[0]?.response).toBe(binaryResponse);
    for (const op of allOperations().filter((o) => !isBinaryOperation(o))) {
      const parsed = (op.response as { safeParse(v: unknown): { success: boolean } }).safeParse({
        data: [],
        total: 0,
      });
      expect(parsed.success, op.name).toBe(true);
    }
  });
});
