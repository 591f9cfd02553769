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
  /** `view` opens the document in a new tab; `save` saves it under a readable name. */
  mode: 'view' | 'save';
  /** For the saved file's name: the document type and publication date. */
  documentType: string;
  date: string | null;
  suffix?: string;
}

/**
 * Fetches a document through the proxy (download_document; the proxy is POST-only, so no plain link), then opens
 * it in a new tab or saves it as `<ISIN> <document type> <date>.<ext>`.
 */
export function DownloadButton(props: DownloadButtonProps) {
  const { isin, fileId, label, description, mode } = props;
  const download = useDownloadDocument();
  function run() {
    // The tab is opened inside the click (a tab opened after the download would be blocked as a pop-up).
    const tab = mode === 'view' ? window.open('about:blank', '_blank') : null;
    download.mutate(
      { file_id: fileId },
      {
        onSuccess: (document) => {
          if (mode === 'view' && tab) {
            tab.location.href = URL.createObjectURL(document.blob);
            return;
          }
          saveBlobAs(
            document.blob,
            downloadFileName(isin, props.documentType, props.date, document.contentType, props.suffix),
          );
        },
        onError: () => tab?.close(),
      },
    );
  }
  return (
    <>
      <button
        type="button"
        className="button button--small"
        onClick={run}
        disabled={download.isPending}
        aria-label={description}
      >
        {download.isPending ? (mode === 'view' ? 'Opening…' : 'Downloading…') : label}
      </button>
      {download.error ? <ErrorPanel compact error={presentError(download.error)} /> : null}
    </>
  );
}
