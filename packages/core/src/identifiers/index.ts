/**
 * Offline identifier helpers: validation, check digits, CUSIP → ISIN. No HTTP import here, so this entry is
 * safe to use in any runtime and costs no API quota.
 * @packageDocumentation
 */
export { cusipCheckDigit, cusipToIsin, isValidCusip } from './cusip';
export { isValidFigi } from './figi';
export { isinCheckDigit, isValidIsin, normalizeIsin } from './isin';
export { isValidLei } from './lei';
