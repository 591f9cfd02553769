import { propertyOf } from '@terrapin/core/adapter-kit';

/**
 * Words for a caught value, whatever was thrown: its message when it is an Error, else the value itself.
 * @example errorMessage(new Error('boom')) // 'boom'
 */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Why a file could not be read, for an error line: the system error code (`ENOENT`, `EACCES`) when there is one,
 * else the error itself.
 */
export function readFailureReason(err: unknown): string {
  const code = propertyOf(err, 'code');
  return typeof code === 'string' ? code : String(err);
}

/** True for a system error with this code (`ENOENT`: the file does not exist). */
export function hasErrorCode(err: unknown, code: string): boolean {
  return propertyOf(err, 'code') === code;
}
