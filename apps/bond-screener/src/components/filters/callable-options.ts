/**
 * `include_callable` (gov/corp) includes or excludes callables; `is_callable` (agency) selects one kind. The value
 * `'any'` is the select's "no choice" option (the field is left out), not TypeScript's `any`.
 */
export const callableOptions = {
  include: [
    ['any', 'API default'],
    ['yes', 'Include callable bonds'],
    ['no', 'Exclude callable bonds'],
  ],
  select: [
    ['any', 'Callable or not'],
    ['yes', 'Callable only'],
    ['no', 'Non-callable only'],
  ],
} as const;
