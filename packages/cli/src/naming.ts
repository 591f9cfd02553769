/**
 * Name conversions between the API (snake_case fields, camelCase client methods) and the command line
 * (kebab-case commands and flags). The CLI never spells an endpoint by hand: every name comes through here.
 */

/** `pricingLatest` → `pricing-latest`. */
export function camelToKebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** `coupon_min` → `coupon-min` (the flag is then `--coupon-min`). */
export function snakeToKebab(name: string): string {
  return name.replace(/_/g, '-');
}

/** `coupon_min` → `--coupon-min`. */
export function fieldFlag(field: string): string {
  return `--${snakeToKebab(field)}`;
}

/** `price-to-yield` or `price_to_yield` → `price_to_yield` (operation names accepted either way by `call`). */
export function kebabToSnake(name: string): string {
  return name.replace(/-/g, '_');
}
