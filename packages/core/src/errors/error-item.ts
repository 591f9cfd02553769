import type { ApiErrorObject } from '../contract/api-errors';

/**
 * One item of an error, flattened from the API's envelope (CONTRACT.md §3): `pointer` is lifted out of
 * `source.pointer` for convenience, and `source` is kept so local validation errors and server 422s look alike.
 */
export interface TerrapinErrorItem extends ApiErrorObject {
  /** JSON Pointer into the request body (422) or the response body (response validation), e.g. `/isins/0`. */
  pointer?: string;
}

/** Flattens API error objects; values are passed through `redact` (a server may echo what it was sent). */
export function toErrorItems(
  errors: readonly ApiErrorObject[],
  redact: (text: string) => string = (t) => t,
): TerrapinErrorItem[] {
  return errors.map((e) => {
    const item: TerrapinErrorItem = { detail: redact(String(e.detail)) };
    if (typeof e.title === 'string') item.title = redact(e.title);
    if (typeof e.reason === 'string') item.reason = redact(e.reason);
    const pointer = e.source?.pointer;
    if (typeof pointer === 'string') {
      item.pointer = redact(pointer);
      item.source = { pointer: item.pointer };
    }
    return item;
  });
}

const SHOWN = 3;

/** `Invalid value at /isins/0: Invalid ISIN check digit; …` — the API's own words first, with the pointer. */
export function describeErrorItems(errors: readonly TerrapinErrorItem[]): string {
  const parts = errors.slice(0, SHOWN).map((e) => {
    const head = [e.title, e.pointer === undefined ? undefined : `at ${e.pointer || '/'}`]
      .filter(Boolean)
      .join(' ');
    return head ? `${head}: ${e.detail}` : e.detail;
  });
  if (errors.length > SHOWN) parts.push(`and ${errors.length - SHOWN} more`);
  return parts.join('; ');
}

/** ` (request id req_123)` or nothing: support asks for it (CONTRACT.md §3), so messages end with it. */
export function requestIdSuffix(requestId: string | null | undefined): string {
  return requestId ? ` (request id ${requestId})` : '';
}

/** Appends a how-to-fix sentence, without doubling the API's own final full stop ("requested.. The"). */
export function withHint(text: string, hint: string | undefined): string {
  if (!hint) return text;
  return /[.!?]$/.test(text) ? `${text} ${hint}` : `${text}. ${hint}`;
}
