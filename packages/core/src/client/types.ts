import type { namespaces } from '../contract/namespaces.generated';
import type { BinaryResponse } from '../contract/schema-helpers';
import type { OperationItem, OperationName, OperationParams, Operations } from '../contract/types';
import type { TerrapinDocument } from './document';
import type { RequestOptions, TerrapinClientOptions } from './options';
import type { SearchAllOptions } from './paginate';
import type { QuotaEstimate, QuotaLedger } from './quota-ledger';
import type { RateLimitInfo } from './rate-limit-headers';

/** A JSON operation's answer: the API's `{ data, total }` plus what the headers said. */
export interface TerrapinResult<N extends OperationName> {
  /** Rows (for batched ISIN calls, all chunks' rows in order). */
  data: OperationItem<N>[];
  /** Matching records in the database; may exceed `data.length` (CONTRACT.md §2). Summed over chunks. */
  total: number;
  /** The `request-id` header (of the last chunk for batched calls), for support. */
  requestId: string | null;
  /** The latest rate-limit headers, parsed. */
  rateLimit: RateLimitInfo | null;
}

/** Answer of a call made with `{ accept: 'csv' }` (CONTRACT.md §7). */
export interface TerrapinCsvResult {
  csv: string;
  requestId: string | null;
  rateLimit: RateLimitInfo | null;
}

/** What an operation resolves to: a {@link TerrapinDocument} for `download_document`, else a result. */
export type TerrapinResponse<N extends OperationName> = Operations[N]['response'] extends BinaryResponse
  ? TerrapinDocument
  : TerrapinResult<N>;

/** Per-call options asking for JSON (the default). */
export type JsonRequestOptions = RequestOptions & { accept?: 'json' };
/** Per-call options asking for CSV. */
export type CsvRequestOptions = RequestOptions & { accept: 'csv' };

/** A generated method: `(params, options?)`; `params` may be omitted when every field is optional. */
export type OperationMethod<N extends OperationName> =
  Partial<OperationParams<N>> extends OperationParams<N>
    ? {
        (params: OperationParams<N> | undefined, options: CsvRequestOptions): Promise<TerrapinCsvResult>;
        (params?: OperationParams<N>, options?: JsonRequestOptions): Promise<TerrapinResponse<N>>;
      }
    : {
        (params: OperationParams<N>, options: CsvRequestOptions): Promise<TerrapinCsvResult>;
        (params: OperationParams<N>, options?: JsonRequestOptions): Promise<TerrapinResponse<N>>;
      };

/** `searchAll`: an async iterator of rows over limit/offset pages. */
export type SearchAllMethod<N extends OperationName> = (
  params?: OperationParams<N>,
  options?: SearchAllOptions,
) => AsyncGenerator<OperationItem<N>, void, undefined>;

// Method names are derived from operation names the same way the generator derives the table's `namespace`
// and `method` (a test checks both agree), with the prefixes of the generated namespace table: `muni_stats_top_issuers` → `munis.statsTopIssuers`.
type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;
type Prefixes = { [NS in keyof typeof namespaces]: (typeof namespaces)[NS]['prefix'] };
/** The universes: `client.bonds`, `client.agency`, `client.munis`. */
export type TerrapinNamespace = keyof Prefixes;
type MethodIn<N extends string, NS extends TerrapinNamespace> = N extends `${Prefixes[NS]}_${infer Rest}`
  ? CamelCase<Rest>
  : never;
type TopLevelMethodOf<N extends string> = N extends `${Prefixes[TerrapinNamespace]}_${string}`
  ? never
  : CamelCase<N>;

/** One namespace's methods, plus `searchAll` over its search operation. */
export type TerrapinNamespaceClient<NS extends TerrapinNamespace> = {
  [N in OperationName as MethodIn<N, NS>]: OperationMethod<N>;
} & { searchAll: SearchAllMethod<`${Prefixes[NS]}_search` & OperationName> };

/** Operations outside the universes: `inflationFactors`, `convertToIsin`, `downloadDocument`. */
export type TerrapinTopLevelMethods = { [N in OperationName as TopLevelMethodOf<N>]: OperationMethod<N> };

/** `client.quota`: the monthly distinct-ISIN ledger (CONTRACT.md §5). */
export interface TerrapinQuota {
  /** How many of `isins` would count against this period. Sends nothing. */
  estimate(isins: Iterable<string>): Promise<QuotaEstimate>;
  /** Distinct ISINs counted this period. */
  used(): Promise<number>;
  /** The ISINs counted this period. */
  list(): Promise<string[]>;
  /** The current period label, `YYYY-MM` (UTC). */
  readonly period: string;
  /** `monthlyIsinBudget`, or `null`. */
  readonly budget: number | null;
  /** The underlying ledger (shared with clients made by `withOptions`). */
  readonly ledger: QuotaLedger;
}

/** The client returned by {@link createTerrapinClient}. Every method is generated from the operations table. */
export interface TerrapinClient extends TerrapinTopLevelMethods {
  readonly bonds: TerrapinNamespaceClient<'bonds'>;
  readonly agency: TerrapinNamespaceClient<'agency'>;
  readonly munis: TerrapinNamespaceClient<'munis'>;
  /** Calls any operation by its API name. */
  call<N extends OperationName>(
    name: N,
    body: OperationParams<N> | undefined,
    options: CsvRequestOptions,
  ): Promise<TerrapinCsvResult>;
  call<N extends OperationName>(
    name: N,
    body?: OperationParams<N>,
    options?: JsonRequestOptions,
  ): Promise<TerrapinResponse<N>>;
  readonly quota: TerrapinQuota;
  /** The last rate-limit headers seen by this client (or one sharing its state), or `null`. */
  readonly rateLimit: RateLimitInfo | null;
  /**
   * A client with some options changed that shares this one's rate limiter, quota ledger and rate-limit state
   * (e.g. a proxy giving each request its own `headers` or `timeout`).
   */
  withOptions(options: Partial<TerrapinClientOptions>): TerrapinClient;
}
