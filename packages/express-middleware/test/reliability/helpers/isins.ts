import { isinCheckDigit } from '@terrapin/core/identifiers';

/** `count` valid ISINs, distinct per `from` (US + 9 digits + check digit). */
export function isins(count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, i) => {
    const body = `US${String(from + i).padStart(9, '0')}`;
    return `${body}${isinCheckDigit(body)}`;
  });
}
