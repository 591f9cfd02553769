/**
 * `@terrapin/core/adapter-kit`: the pieces of core that packages built on top of the client need beyond the
 * user-facing API — the express middleware, the React hooks, the CLI, the mock server, or your own adapter. One
 * place, so adapters import these instead of copying them (and copies cannot drift apart).
 *
 * Stability: this subpath follows the package's semver like the root, but it is aimed at adapter authors, not
 * applications; before 1.0 a minor release may change it, and every change is named in the changelog.
 * @packageDocumentation
 */

export {
  addMonthsYmd,
  daysInMonth,
  formatSerial,
  fromSerial,
  isLeapYear,
  toSerial,
  type Ymd,
} from '../analytics/internal/calendar';
export { sleep } from '../client/signals';
export {
  allOperations,
  findOperation,
  getOperation,
  isBinaryOperation,
} from '../contract/operation-table';
export { requestedIsins } from '../contract/quota-isins';
export { isRecord, type JsonRecord, propertyOf } from '../internal/records';
export { createRedactor, REDACTED, type RedactorOptions } from '../redaction/create-redactor';
