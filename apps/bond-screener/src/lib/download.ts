/** A safe file name for a downloaded document: `US002842EZ11_ROaomzq-lhfQ-LMSd8Zvow.pdf`. */
export function downloadFileName(isin: string, fileId: string, contentType: string | null): string {
  const base = `${isin}_${fileId}`.replace(/[^A-Za-z0-9._-]+/g, '_');
  if (/\.[A-Za-z0-9]{2,4}$/.test(base)) return base;
  if (contentType?.includes('pdf')) return `${base}.pdf`;
  if (contentType?.startsWith('text/')) return `${base}.txt`;
  return base;
}
