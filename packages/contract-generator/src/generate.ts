import { renderDocsModule } from './emit/docs-module';
import { renderDocumentedModule } from './emit/documented-module';
import { renderNamespacesModule } from './emit/namespaces-module';
import { renderOperationsModule } from './emit/operations-module';
import { contractModel } from './model/contract';
import { documentedRecords } from './model/documented';
import { layoutContract } from './model/layout';
import type { Example } from './spec/examples';
import type { Spec } from './spec/types';

/** Where each generated file goes, relative to the repo root. */
export const OUTPUTS = {
  operations: 'packages/core/src/contract/operations.generated.ts',
  docs: 'packages/core/src/contract/operation-docs.generated.ts',
  namespaces: 'packages/core/src/contract/namespaces.generated.ts',
  documented: 'packages/mock-server/src/data/fixtures/documented.ts',
} as const;

/** Every generated file (before formatting), keyed by its path. Pure: spec and examples in, text out. */
export function generateFiles(spec: Spec, examples: readonly Example[]): Record<string, string> {
  const model = contractModel(spec);
  return {
    [OUTPUTS.operations]: renderOperationsModule(layoutContract(model)),
    [OUTPUTS.docs]: renderDocsModule(model.operations),
    [OUTPUTS.namespaces]: renderNamespacesModule(model.namespaces),
    [OUTPUTS.documented]: renderDocumentedModule(documentedRecords(examples)),
  };
}
