/**
 * The SDK's error classes. Every one is `instanceof TerrapinError` and recognisable with `isTerrapinError` or
 * `TerrapinXError.is(err)` even across two bundled copies of core.
 */
export {
  isTerrapinApiError,
  TerrapinApiError,
  type TerrapinApiErrorInit,
  TerrapinAuthenticationError,
  TerrapinBadRequestError,
  TerrapinNotFoundError,
  TerrapinPermissionDeniedError,
  TerrapinServerError,
  TerrapinUnprocessableEntityError,
} from './api-error';
export { TerrapinEnvironmentError } from './env-access-error';
export type { TerrapinErrorItem } from './error-item';
export {
  TerrapinAbortError,
  TerrapinConnectionError,
  TerrapinTimeoutError,
} from './network-errors';
export { type QuotaExceededDetails, TerrapinQuotaExceededError } from './quota-exceeded-error';
export { TerrapinRateLimitError } from './rate-limit-error';
export { type RedirectTarget, TerrapinRedirectError } from './redirect-error';
export { type ResponseTooLargeInit, TerrapinResponseTooLargeError } from './response-too-large-error';
export { isTerrapinError, TerrapinError } from './terrapin-error';
export { TerrapinRequestValidationError, TerrapinResponseValidationError } from './validation-errors';
