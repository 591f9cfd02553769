import { operationNames } from '@terrapin/core';
import { describe, expect, it } from 'vitest';
import { allowedOperations } from '../server/allowed-operations.mjs';
import { operationsFor } from '../src/lib/operations';

describe('the proxy allow-list', () => {
  it('holds every operation the UI calls, and only real operation names', () => {
    const used = [
      ...Object.values(operationsFor).flatMap((ops) => Object.values(ops)),
      'muni_documents',
      'muni_bonds_in_series',
      'download_document',
    ];
    expect([...allowedOperations].sort()).toEqual([...new Set(used)].sort());
    for (const name of allowedOperations) expect(operationNames).toContain(name);
  });
});
