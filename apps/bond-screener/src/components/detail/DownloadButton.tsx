import { saveBlobAs, useDownloadDocument } from '@terrapin/react-hooks';
import { downloadFileName } from '../../lib/download';
import { presentError } from '../../lib/errors';
import { ErrorPanel } from '../ErrorPanel';

interface DownloadButtonProps {
  isin: string;
  fileId: string;
  label: string;
  /** Accessible name, e.g. "Download Official Statement posted 08/15/2023". */
  description: string;
}

/** Fetches a document through the proxy (download_document; the proxy is POST-only, so no plain link) and saves it. */
export function DownloadButton({ isin, fileId, label, description }: DownloadButtonProps) {
  const download = useDownloadDocument({
    onSuccess: (document) => saveBlobAs(document.blob, downloadFileName(isin, fileId, document.contentType)),
  });
  return (
    <>
      <button
        type="button"
        className="button button--small"
        onClick={() => download.mutate({ file_id: fileId })}
        disabled={download.isPending}
        aria-label={description}
      >
        {download.isPending ? 'Downloading…' : label}
      </button>
      {download.error ? <ErrorPanel compact error={presentError(download.error)} /> : null}
    </>
  );
}
