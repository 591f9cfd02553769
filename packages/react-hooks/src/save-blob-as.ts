/**
 * Saves a blob as a file in the browser (the usual hidden `<a download>` click), then frees its object URL.
 * @example saveBlobAs(doc.blob, 'official-statement.pdf');
 */
export function saveBlobAs(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers read the URL after click() returns; revoking at once can cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }
}
