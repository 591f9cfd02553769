/**
 * Luhn (mod 10) check digit over a digit string, as used by ISIN after letters are expanded to numbers.
 * Doubling starts from the rightmost digit of the payload (the check digit is not part of it yet).
 */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  let double = true;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return (10 - (sum % 10)) % 10;
}

/** Value of an alphanumeric character in the ISIN/CUSIP/FIGI alphabets: 0-9 → 0-9, A-Z → 10-35, else -1. */
export function alnumValue(char: string): number {
  const c = char.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  return -1;
}
