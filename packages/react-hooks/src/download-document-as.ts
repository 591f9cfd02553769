import type { TerrapinHookCallOptions, TerrapinHookClient } from './options/client';
import { type DownloadedDocument, fetchDocument } from './options/download-document';
import { saveBlobAs } from './save-blob-as';

/**
 * Downloads a document and has the browser save it under `filename`. Browser only (it needs `document`).
 * @example
 * <button onClick={() => downloadDocumentAs(terrapin, row.file_id, `${row.isin}.pdf`)}>Download</button>
 */
export async function downloadDocumentAs(
  client: TerrapinHookClient,
  fileId: string,
  filename: string,
  options?: TerrapinHookCallOptions,
): Promise<DownloadedDocument> {
  const doc = await fetchDocument(client, fileId, options);
  saveBlobAs(doc.blob, filename);
  return doc;
}
