import {
  cusipCheckDigit,
  cusipToIsin,
  isinCheckDigit,
  isValidCusip,
  isValidIsin,
} from '@terrapin/core/identifiers';

/** What the lookup box makes of its text: an ISIN to look up, or why there is none (nothing is sent then). */
export type ParsedIdentifier =
  | { ok: true; isin: string; fromCusip?: string }
  | { ok: false; message: string };

/**
 * Reads an ISIN or a CUSIP typed into the lookup box, offline: a CUSIP becomes its US ISIN with the identifiers
 * module, and a wrong check digit is explained (with the digit it should be) before any request is made.
 */
export function parseIdentifier(text: string): ParsedIdentifier {
  const id = text.replace(/[\s-]/g, '').toUpperCase();
  if (id === '') return { ok: false, message: 'Enter an ISIN (12 characters) or a CUSIP (9 characters).' };
  if (id.length === 12 && /^[A-Z]{2}[A-Z0-9]{9}[0-9]$/.test(id)) {
    if (isValidIsin(id)) return { ok: true, isin: id };
    return {
      ok: false,
      message: `${id} is not a valid ISIN: the check digit should be ${isinCheckDigit(id.slice(0, 11))}.`,
    };
  }
  if (id.length === 9 && /^[A-Z0-9*@#]{8}[0-9]$/.test(id)) {
    if (!isValidCusip(id)) {
      return {
        ok: false,
        message: `${id} is not a valid CUSIP: the check digit should be ${cusipCheckDigit(id.slice(0, 8))}.`,
      };
    }
    try {
      return { ok: true, isin: cusipToIsin(id), fromCusip: id };
    } catch {
      return {
        ok: false,
        message: `${id} is a private placement number (it holds * @ or #): it has no ISIN.`,
      };
    }
  }
  return {
    ok: false,
    message: `"${text.trim().slice(0, 40)}" is neither an ISIN (2 letters and 10 characters, e.g. IT0005580540) nor a CUSIP (9 characters, e.g. 037833100).`,
  };
}
