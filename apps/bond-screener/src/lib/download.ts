/** The extension a document's content type calls for, or '' when unknown. */
function extension(contentType: string | null): string {
  if (contentType?.includes('pdf')) return '.pdf';
  if (contentType?.startsWith('text/')) return '.txt';
  if (contentType?.includes('html')) return '.html';
  return '';
}

/**
 * The file name a saved document gets: `<ISIN> <document type> <date>.<ext>` (issue 18), e.g.
 * `US00259H1T79 Official statement 2023-08-15.pdf`, readable in a downloads folder. Characters a file system
 * refuses are dropped.
 */
export function downloadFileName(
  isin: string,
  documentType: string,
  date: string | null,
  contentType: string | null,
  suffix = '',
): string {
  const parts = [isin, documentType, date ?? '', suffix].filter((part) => part !== '');
  const base = Array.from(parts.join(' '), (ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return `${base}${extension(contentType)}`;
}
