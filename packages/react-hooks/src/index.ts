/**
 * `@terrapin/react-hooks`: TanStack Query v5 hooks for every Terrapin Finance API operation, generated from the
 * operations table, with request coalescing for single-ISIN lookups. The app owns its `QueryClient`.
 * @packageDocumentation
 */
export { downloadDocumentAs } from './download-document-as';
export * from './hooks.generated';
export * from './options/index';
export { saveBlobAs } from './save-blob-as';
export { TerrapinProvider, type TerrapinProviderProps } from './terrapin-provider';
export { useDownloadDocument } from './use-download-document';
export { useTerrapin } from './use-terrapin';
// The create*OperationHook factories stay internal: the generated hooks (hooks.generated.ts) are the API.
export { type TerrapinInfiniteQueryHook, useTerrapinInfiniteQuery } from './use-terrapin-infinite-query';
export { type TerrapinQueryHook, useTerrapinQuery } from './use-terrapin-query';
export {
  type TerrapinSuspenseQueryHook,
  type TerrapinSuspenseQueryOverrides,
  useTerrapinSuspenseQuery,
} from './use-terrapin-suspense-query';
