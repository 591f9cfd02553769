const LEI_SHAPE = /^[A-Z0-9]{18}[0-9]{2}$/;

/**
 * True when `input` is a 20-character Legal Entity Identifier whose ISO 17442 check digits (ISO 7064 MOD 97-10)
 * verify. Never throws.
 * @example isValidLei('5493000IBP32UQZ0KL24') // true
 */
export function isValidLei(input: unknown): boolean {
  if (typeof input !== 'string' || !LEI_SHAPE.test(input)) return false;
  let remainder = 0;
  for (const ch of input) {
    const code = ch.charCodeAt(0);
    const value = code <= 57 ? String(code - 48) : String(code - 55);
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}
