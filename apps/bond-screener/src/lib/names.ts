import { closest, distance } from 'fastest-levenshtein';
import { countrySuggestions } from './options';

/**
 * Country and currency names the filters accept, from the runtime's own CLDR data (Intl), so the app carries no
 * list of its own. bond_search matches country names by part (CONTRACT §8), so "United States" finds "United
 * States of America"; a name that is part of no country name can only return nothing, and is refused at the field.
 */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function regionNames(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const out = new Set<string>(countrySuggestions);
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const name = names.of(`${a}${b}`);
      if (name && name !== 'Unknown Region') out.add(name);
    }
  }
  return [...out];
}

let countries: string[] | undefined;
let currencies: Map<string, string> | undefined;

function countryList(): string[] {
  countries ??= regionNames();
  return countries;
}

/** ISO 4217 code → English name. */
function currencyMap(): Map<string, string> {
  if (!currencies) {
    const names = new Intl.DisplayNames(['en'], { type: 'currency' });
    const codes = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.(
      'currency',
    ) ?? ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CAD'];
    currencies = new Map(codes.map((code) => [code, names.of(code) ?? code]));
  }
  return currencies;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

/** The closest known name when `name` is close enough to be a typo, else null. */
function suggest(name: string, candidates: readonly string[]): string | null {
  const best = closest(fold(name), candidates.map(fold));
  const index = candidates.findIndex((c) => fold(c) === best);
  const candidate = candidates[index];
  if (candidate === undefined) return null;
  return distance(fold(name), best) <= Math.max(2, Math.floor(name.length / 3)) ? candidate : null;
}

/** null when `name` is (part of) a country name; otherwise a message, with a suggestion when one is close. */
export function checkCountry(name: string): string | null {
  const wanted = fold(name);
  if (wanted.length >= 2 && countryList().some((country) => fold(country).includes(wanted))) return null;
  const hint = suggest(name, countryList());
  return `"${name}" is not a country name${hint ? `: did you mean ${hint}?` : ' (write names such as Italy or Germany).'}`;
}

/** null when `code` is an ISO 4217 currency code; otherwise a message suggesting the code meant. */
export function checkCurrency(code: string): string | null {
  const upper = code.toUpperCase();
  const map = currencyMap();
  if (map.has(upper)) return null;
  // "Euro", "US dollar": a currency's name rather than its code.
  for (const [iso, currencyName] of map) {
    if (fold(currencyName) === fold(code) || fold(currencyName).startsWith(`${fold(code)} `)) {
      return `"${code}" is not an ISO currency code: did you mean ${iso} (${currencyName})?`;
    }
  }
  const byCode = [...map.keys()].filter((iso) => upper.startsWith(iso) || distance(iso, upper) === 1);
  const hint = byCode[0];
  return hint
    ? `"${code}" is not an ISO currency code: did you mean ${hint} (${map.get(hint)})?`
    : `"${code}" is not an ISO currency code (three letters, e.g. EUR, USD).`;
}
