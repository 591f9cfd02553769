/**
 * `@terrapin/react-hooks/options`: query keys and TanStack Query option factories for every Terrapin operation.
 * No React import: use them for SSR prefetch, route loaders and `queryClient` calls as well as with the hooks.
 * @packageDocumentation
 */
export type { TerrapinHookCallOptions, TerrapinHookClient } from './client';
// The create*OperationOptions factories stay internal: the generated option factories are the API.
export type { TerrapinInfiniteOptionsFactory, TerrapinOptionsFactory } from './create-operation-options';
export {
  type DownloadDocumentVariables,
  type DownloadedDocument,
  downloadDocumentMutationOptions,
  fetchDocument,
} from './download-document';
export {
  DEFAULT_PAGE_SIZE,
  type TerrapinInfiniteQueryOptions,
  type TerrapinInfiniteQueryOverrides,
  type TerrapinPages,
  terrapinInfiniteQueryOptions,
} from './infinite-query-options';
export { terrapinKeys } from './keys';
export * from './operations.generated';
export {
  type TerrapinQueryOptions,
  type TerrapinQueryOverrides,
  terrapinQueryOptions,
} from './query-options';
export type {
  QueryOperationName,
  TerrapinHookParams,
  TerrapinInfiniteQueryKey,
  TerrapinQueryError,
  TerrapinQueryKey,
  TerrapinResult,
  TerrapinUniverse,
  UniverseOf,
} from './types';
