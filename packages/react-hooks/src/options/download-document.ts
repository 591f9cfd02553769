import type { UseMutationOptions } from '@tanstack/react-query';
import type { TerrapinHookCallOptions, TerrapinHookClient } from './client';
import { terrapinKeys } from './keys';
import type { TerrapinQueryError } from './types';

/** A downloaded document, ready to show (`URL.createObjectURL(doc.blob)`) or save. */
export interface DownloadedDocument {
  /** The document key that was asked for (`file_id` or `text_file_id` from `muni_documents`). */
  fileId: string;
  /** The bytes, typed with the server's `content-type` (PDF or text). */
  blob: Blob;
  /** The server's `content-type` (`application/octet-stream` when it sent none). */
  contentType: string;
  /** The `request-id` header, for support. */
  requestId: string | null;
}

/** Variables of the download mutation. */
export interface DownloadDocumentVariables {
  /** Document key from `muni_documents` (`file_id` or `text_file_id`). */
  file_id: string;
}

/**
 * Fetches one document as a `Blob` (`download_document` answers raw bytes, not the JSON envelope).
 * @example
 * const doc = await fetchDocument(terrapin, fileId);
 * window.open(URL.createObjectURL(doc.blob));
 */
export async function fetchDocument(
  client: TerrapinHookClient,
  fileId: string,
  options: TerrapinHookCallOptions = {},
): Promise<DownloadedDocument> {
  const response = await client.downloadDocument({ file_id: fileId }, options);
  const blob = new Blob([await response.arrayBuffer()], { type: response.contentType });
  return { fileId, blob, contentType: response.contentType, requestId: response.requestId };
}

/**
 * Mutation options for downloading a document: a download is an action the user triggers, not state to cache,
 * so it is a mutation (no retries on top of core's).
 * @example
 * const download = useMutation(downloadDocumentMutationOptions(terrapin));
 * download.mutate({ file_id });
 */
export function downloadDocumentMutationOptions(
  client: TerrapinHookClient,
  overrides?: Omit<
    UseMutationOptions<DownloadedDocument, TerrapinQueryError, DownloadDocumentVariables>,
    'mutationFn'
  >,
): UseMutationOptions<DownloadedDocument, TerrapinQueryError, DownloadDocumentVariables> {
  return {
    mutationKey: terrapinKeys.operation('download_document'),
    retry: false,
    ...overrides,
    mutationFn: ({ file_id }) => fetchDocument(client, file_id),
  };
}
