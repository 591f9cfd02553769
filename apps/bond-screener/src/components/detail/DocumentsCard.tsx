import { useMuniDocuments } from '@terrapin/react-hooks';
import { formatDate, formatEnum, formatText } from '../../lib/format';
import { QueryState } from '../QueryState';
import { Card } from './Card';
import { DownloadButton } from './DownloadButton';

type Document = Record<string, unknown>;

const kinds = [
  ['official_statement', 'Official statements'],
  ['disclosure_document', 'Continuing disclosure'],
] as const;

function DocumentList({
  isin,
  documentType,
  title,
}: {
  isin: string;
  documentType: (typeof kinds)[number][0];
  title: string;
}) {
  const query = useMuniDocuments({ isin, document_type: documentType });
  return (
    <section className="documents" aria-label={title}>
      <h3 className="subheading">{title}</h3>
      <QueryState
        query={query}
        loading="Loading documents…"
        empty="None filed."
        isEmpty={(envelope) => envelope.data.length === 0}
      >
        {(envelope) => (
          <ul className="document-list">
            {(envelope.data as Document[]).map((document, index) => {
              const name = formatText(document.document_name ?? document.file_id);
              const date =
                typeof document.publish_date === 'string' ? formatDate(document.publish_date) : null;
              const typeLabel =
                documentType === 'official_statement' ? 'Official statement' : 'Continuing disclosure';
              return (
                <li key={String(document.file_id ?? index)} className="document-list__item">
                  <div className="document-list__text">
                    <span className="document-list__name">{name}</span>
                    <span className="document-list__meta">
                      {formatDate(document.publish_date)}
                      {document.filing_type ? ` · ${formatEnum(document.filing_type)}` : ''}
                    </span>
                  </div>
                  <div className="document-list__actions">
                    {typeof document.file_id === 'string' ? (
                      <>
                        <DownloadButton
                          isin={isin}
                          fileId={document.file_id}
                          label="View"
                          description={`View ${name} in a new tab`}
                          mode="view"
                          documentType={typeLabel}
                          date={date}
                        />
                        <DownloadButton
                          isin={isin}
                          fileId={document.file_id}
                          label="Download"
                          description={`Download ${name}`}
                          mode="save"
                          documentType={typeLabel}
                          date={date}
                        />
                      </>
                    ) : null}
                    {typeof document.text_file_id === 'string' ? (
                      <DownloadButton
                        isin={isin}
                        fileId={document.text_file_id}
                        label="Download text"
                        description={`Download text of ${name} (extracted)`}
                        mode="save"
                        documentType={typeLabel}
                        date={date}
                        suffix="text"
                      />
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

export function DocumentsCard({ isin }: { isin: string }) {
  return (
    <Card id="documents" title="Documents">
      {kinds.map(([documentType, title]) => (
        <DocumentList key={documentType} isin={isin} documentType={documentType} title={title} />
      ))}
    </Card>
  );
}
