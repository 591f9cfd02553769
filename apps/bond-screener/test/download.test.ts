import { describe, expect, it } from 'vitest';
import { downloadFileName } from '../src/lib/download';

describe('downloadFileName', () => {
  it('keeps the file id’s extension', () => {
    expect(downloadFileName('US002842EZ11', 'ROaomzq-lhfQ-LMSd8Zvow.pdf', 'application/pdf')).toBe(
      'US002842EZ11_ROaomzq-lhfQ-LMSd8Zvow.pdf',
    );
  });
  it('adds an extension from the content type', () => {
    expect(downloadFileName('US002842EZ11', 'abc', 'application/pdf')).toBe('US002842EZ11_abc.pdf');
    expect(downloadFileName('US002842EZ11', 'abc', 'text/plain; charset=utf-8')).toBe('US002842EZ11_abc.txt');
    expect(downloadFileName('US002842EZ11', 'abc', null)).toBe('US002842EZ11_abc');
  });
  it('replaces characters that are unsafe in file names', () => {
    expect(downloadFileName('US002842EZ11', '../a b/c.txt', null)).toBe('US002842EZ11_.._a_b_c.txt');
  });
});
