import { describe, expect, it } from 'vitest';
import { downloadFileName } from '../src/lib/download';

describe('downloadFileName', () => {
  it('names a document by ISIN, type and date, with the extension of its content type', () => {
    expect(downloadFileName('US00259H1T79', 'Official statement', '2023-08-15', 'application/pdf')).toBe(
      'US00259H1T79 Official statement 2023-08-15.pdf',
    );
    expect(
      downloadFileName(
        'US00259H1T79',
        'Official statement',
        '2023-08-15',
        'text/plain; charset=utf-8',
        'text',
      ),
    ).toBe('US00259H1T79 Official statement 2023-08-15 text.txt');
    expect(downloadFileName('US00259H1T79', 'Continuing disclosure', null, null)).toBe(
      'US00259H1T79 Continuing disclosure',
    );
  });
  it('drops characters a file system refuses', () => {
    expect(downloadFileName('US00259H1T79', '../a:b/c', '2023-08-15', null)).toBe(
      'US00259H1T79 .. a b c 2023-08-15',
    );
  });
});
