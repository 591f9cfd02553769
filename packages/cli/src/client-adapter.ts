import type { OperationName, OperationParams, TerrapinClient } from '@terrapin/core';
import { validateRequest } from '@terrapin/core/contract';
import type { CliClient } from './client-port';
import { CliUsageError, describeItem } from './errors';
import { isOperationName } from './operation-name';

/**
 * The body checked against the contract, typed for core. The same validator core runs before sending, so the
 * errors read as core's would (`invalid request; nothing was sent`, one line per problem).
 */
function checkedBody<N extends OperationName>(name: N, body: unknown): OperationParams<N> {
  const checked = validateRequest(name, body);
  if (checked.success) return checked.data;
  throw new CliUsageError(
    'invalid request; nothing was sent',
    checked.errors.map((e) => describeItem(e, () => undefined)),
  );
}

/**
 * Core's client seen through the CLI's port. Core types each call by operation; the CLI's bodies are built at run
 * time from flags and JSON, so each is checked against the contract here, which yields the typed body core takes.
 */
export function toCliClient(client: TerrapinClient): CliClient {
  return {
    async call(name, body, options) {
      if (!isOperationName(name)) throw new CliUsageError(`unknown operation ${JSON.stringify(name)}`);
      const { data, total, requestId } = await client.call(name, checkedBody(name, body), options);
      return { data, total, requestId };
    },
    downloadDocument: (body, options) =>
      client.downloadDocument(checkedBody('download_document', body), options),
    bonds: client.bonds,
    agency: client.agency,
    munis: client.munis,
  };
}
