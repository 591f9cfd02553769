/**
 * A bond whose maturity date is before today has been redeemed. Search results may still list it (agency and
 * muni searches return matured bonds); the screener marks it the same way in every universe and on its page.
 */
export function isMatured(record: Record<string, unknown> | undefined, today: string): boolean {
  const maturity = record?.maturity_date;
  return typeof maturity === 'string' && /^\d{4}-\d{2}-\d{2}/.test(maturity) && maturity.slice(0, 10) < today;
}
