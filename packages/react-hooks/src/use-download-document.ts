import { type UseMutationOptions, type UseMutationResult, useMutation } from '@tanstack/react-query';
import {
  type DownloadDocumentVariables,
  type DownloadedDocument,
  downloadDocumentMutationOptions,
} from './options/download-document';
import type { TerrapinQueryError } from './options/types';
import { useTerrapin } from './use-terrapin';

/**
 * Downloads a document (`download_document`) on demand: a mutation, because a download is something the user
 * does, not state to cache. Resolves to a {@link DownloadedDocument} (`blob`, `contentType`, `requestId`).
 * @example
 * const download = useDownloadDocument({ onSuccess: (doc) => saveBlobAs(doc.blob, 'official-statement.pdf') });
 * <button onClick={() => download.mutate({ file_id: row.file_id })} disabled={download.isPending}>PDF</button>
 */
export function useDownloadDocument(
  options?: Omit<
    UseMutationOptions<DownloadedDocument, TerrapinQueryError, DownloadDocumentVariables>,
    'mutationFn'
  >,
): UseMutationResult<DownloadedDocument, TerrapinQueryError, DownloadDocumentVariables> {
  return useMutation(downloadDocumentMutationOptions(useTerrapin(), options));
}
