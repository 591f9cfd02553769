import { type Command, Option } from 'commander';
import { CliUsageError } from './errors';
import type { OptionReader } from './option-values';
import { isIsoDate, parseNumber, splitList } from './values';

/** The convenience flags of the array-bodied operation (`muni_price_to_yield`, CONTRACT.md §1). */
export interface PriceFlags {
  price?: number[];
  settlementDate?: string;
}

/** `--price` and `--settlement-date` as given, each checked. */
export function readPriceFlags(options: OptionReader): PriceFlags {
  return { price: options.numbers('price'), settlementDate: options.string('settlementDate') };
}

/**
 * Adds `--price` and `--settlement-date`: `terrapin munis price-to-yield US00037CUQ13 --price 99.5,101
 * --settlement-date 2025-06-02` instead of hand-writing the top-level JSON array the API takes.
 */
export function addPriceOptions(cmd: Command): void {
  const group = 'Request options:';
  cmd.addOption(
    new Option('--price <n,…>', 'clean price(s) per 100 nominal; each is paired with --settlement-date')
      .argParser((raw: string, previous: number[] | undefined) => [
        ...(previous ?? []),
        ...splitList(raw).map((p) => parseNumber(p)),
      ])
      .helpGroup(group),
  );
  cmd.addOption(
    new Option('--settlement-date <YYYY-MM-DD>', 'settlement date for every --price')
      .argParser((raw: string) => {
        if (!isIsoDate(raw))
          throw new Error(`expected an existing date as YYYY-MM-DD, got ${JSON.stringify(raw)}`);
        return raw;
      })
      .helpGroup(group),
  );
}

/** Builds `[{isin, trade_data:[{price, settlement_date}]}]` from ISINs and the convenience flags. */
export function priceToYieldBody(isins: readonly string[], flags: PriceFlags): unknown[] {
  const prices = flags.price ?? [];
  if (isins.length === 0 || prices.length === 0 || !flags.settlementDate) {
    throw new CliUsageError('price-to-yield needs ISIN(s), --price and --settlement-date, or a JSON body', [
      'terrapin munis price-to-yield US00037CUQ13 --price 99.5,101 --settlement-date 2025-06-02',
      'terrapin munis price-to-yield --body \'[{"isin":"US00037CUQ13","trade_data":[{"price":99.5,"settlement_date":"2025-06-02"}]}]\'',
    ]);
  }
  const settlement_date = flags.settlementDate;
  return isins.map((isin) => ({ isin, trade_data: prices.map((price) => ({ price, settlement_date })) }));
}
