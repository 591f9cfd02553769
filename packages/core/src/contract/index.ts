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
