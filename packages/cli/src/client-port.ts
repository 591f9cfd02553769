/**
 * The slice of the core client the CLI uses, as a structural type: commands depend on this, not on the whole
 * client class, so unit tests can pass a small fake and the CLI keeps working if core adds methods. Bodies are
 * `unknown` here (flags and JSON at run time); `toCliClient` checks them into the types core takes.
 */
import type { TerrapinNamespace } from '@terrapin/core';

/** Per-call options (core's `RequestOptions`, the parts we use). */
export interface CallOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** A JSON operation's result. */
export interface CallResult {
  data: unknown[];
  total: number;
  requestId: string | null;
}

/** `download_document`'s result: bytes as a stream. */
export interface DownloadResult {
  contentType: string | null;
  contentLength: number | null;
  body: ReadableStream<Uint8Array> | null;
  requestId: string | null;
}

/** `searchAll` on a namespace: rows of every page, bounded by `maxItems`. */
export type SearchAll = (
  params: Record<string, unknown>,
  options?: { maxItems?: number; pageSize?: number; signal?: AbortSignal },
) => AsyncIterable<unknown>;

/** What the CLI needs from `createTerrapinClient()`. */
export interface CliClient extends Record<TerrapinNamespace, { searchAll?: SearchAll }> {
  /** Any JSON operation by its API name; the body is checked against the contract before it is sent. */
  call(name: string, body: unknown, options?: CallOptions): Promise<CallResult>;
  /** `download_document`; the body (`{file_id}`) is checked like {@link CliClient.call}'s. */
  downloadDocument(body: unknown, options?: CallOptions): Promise<DownloadResult>;
}
