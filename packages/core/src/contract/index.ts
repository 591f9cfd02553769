/**
 * `@terrapin/core/contract`: the API contract alone: the operations table, its zod schemas, `validateRequest`,
 * `validateResponse` and the contract types. No client, no ky: for servers, mocks and tools that speak the
 * protocol without calling it (the root entry re-exports all of it).
 * @example
 * import { operations, validateRequest } from '@terrapin/core/contract';
 * validateRequest('bond_reference', { isins: ['US912828Z781'] }).success; // true
 * @packageDocumentation
 */
export type { ApiErrorEnvelope, ApiErrorObject } from './api-errors';
export * from './operations.generated';
export { type ResponseValidationResult, validateResponse } from './response-check';
export {
  type BinaryResponse,
  binaryResponse,
  type OperationDefinition,
} from './schema-helpers';
export type {
  AnyOperation,
  FieldMeta,
  JsonOperationName,
  OperationDoc,
  OperationDocs,
  OperationEnvelope,
  OperationItem,
  OperationName,
  OperationParams,
  Operations,
} from './types';
export {
  type RequestValidationResult,
  type ValidateRequestOptions,
  validateRequest,
} from './validate';
