import { allOperations, findOperation } from '../contract/operation-table';
import type { AnyOperation } from '../contract/types';
import { TerrapinError } from '../errors/terrapin-error';
import { callOperation } from './operation-call';
import type { RequestOptions } from './options';
import { paginate, type SearchAllOptions } from './paginate';
import type { Envelope } from './response';
import type { Runtime } from './runtime';
import type { TerrapinClient, TerrapinNamespace, TerrapinTopLevelMethods } from './types';

/** The part of the client typed per operation: the generated methods, the namespaces and `call`. */
export type OperationSurface = TerrapinTopLevelMethods & Pick<TerrapinClient, TerrapinNamespace | 'call'>;

/**
 * Builds the generated methods from the operations table: top-level methods first, then one frozen object per
 * namespace (with `searchAll` over its search operation), then `call(name, body)` for any operation.
 */
export function operationSurface(rt: Runtime): OperationSurface {
  const surface: Record<string, unknown> = {};
  // Keys from the generated table only, so a plain object is safe here.
  const namespaces: Record<string, Record<string, unknown>> = {};
  for (const op of allOperations()) {
    let target = surface;
    if (op.namespace !== null) {
      target = namespaces[op.namespace] ?? {};
      namespaces[op.namespace] = target;
    }
    target[op.method] = (params?: unknown, options?: RequestOptions) =>
      callOperation(rt, op, params, options);
    if (op.paginated) {
      target.searchAll = (params?: Record<string, unknown>, options?: SearchAllOptions) =>
        paginate((body, pageOptions) => searchPage(rt, op, body, pageOptions), params, options);
    }
  }
  for (const [name, methods] of Object.entries(namespaces)) surface[name] = Object.freeze(methods);
  surface.call = (name: string, body?: unknown, options?: RequestOptions) => {
    const op = findOperation(name);
    if (!op) {
      return Promise.reject(
        // Names from the table itself: the separate `operationNames` list would be a second copy in the bundle.
        new TerrapinError(`Unknown operation "${name}". Known operations: ${knownNames()}`),
      );
    }
    return callOperation(rt, op, body, options);
  };
  return typedSurface(surface);
}

/**
 * The one assertion of the client. TypeScript cannot follow a loop over the runtime table into the mapped types of
 * types.ts (method names derived from operation names, one overloaded signature per operation). It is sound
 * because the types and the table are generated from the same spec: client-shape.test.ts checks that every
 * operation sits under the name its type derives, and `callOperation` validates each body against that
 * operation's schema and answers that operation's envelope (CSV text with `{ accept: 'csv' }`, a document for
 * `download_document`).
 */
function typedSurface(untyped: Record<string, unknown>): OperationSurface {
  return untyped as OperationSurface;
}

function knownNames(): string {
  return allOperations()
    .map((op) => op.name)
    .join(', ');
}

/** One page of a search: always rows, as `searchAll` never asks for CSV. */
async function searchPage(
  rt: Runtime,
  op: AnyOperation,
  body: Record<string, unknown>,
  options: RequestOptions,
): Promise<Envelope> {
  const outcome = await callOperation(rt, op, body, options);
  if ('data' in outcome) return outcome;
  throw new TerrapinError(`searchAll pages ${op.name} as rows; call it without { accept: 'csv' }`);
}
