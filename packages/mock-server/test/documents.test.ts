import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderPdf } from '../src/format/pdf';
import type { MockServer } from '../src/index';
import { post, rows, startMock } from './helpers';

/** Checks the structure a PDF reader relies on: header, xref offsets, stream lengths, trailer. */
function checkPdf(bytes: Buffer): string {
  const text = bytes.toString('latin1');
  expect(text.startsWith('%PDF-1.4\n')).toBe(true);
  expect(text.endsWith('%%EOF\n')).toBe(true);
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  expect(text.slice(startxref, startxref + 4)).toBe('xref');
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref)) ?? [];
  expect(first).toBe('0');
  const entries = text
    .slice(startxref)
    .split('\n')
    .slice(2, 2 + Number(count));
  expect(entries[0]).toBe('0000000000 65535 f ');
  entries.slice(1).forEach((entry, i) => {
    expect(entry).toMatch(/^\d{10} 00000 n $/);
    const offset = Number(entry.slice(0, 10));
    expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
  });
  expect(text).toMatch(new RegExp(`trailer\\n<< /Size ${count} /Root 1 0 R`));
  const stream = /<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/.exec(text);
  expect(Number(stream?.[1])).toBe(Buffer.byteLength(stream?.[2] ?? '', 'latin1'));
  expect(text).toContain('/Type /Page ');
  return stream?.[2] ?? '';
}

let mock: MockServer;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

describe('documents', () => {
  test('muni_documents lists keys that download_document serves as PDF and text', async () => {
    for (const document_type of ['official_statement', 'disclosure_document'] as const) {
      const list = rows<Record<string, string>>(
        await post(mock, 'muni_documents', { isin: 'US005824LP01', document_type }),
      );
      expect(list.length).toBeGreaterThan(0);
      for (const doc of list) {
        expect(doc).toMatchObject({ isin: 'US005824LP01', document_type });
        expect(doc.file_id).toMatch(/^[A-Za-z0-9_-]{22}\.pdf$/);
        expect(doc.text_file_id).toBe(doc.file_id!.replace('.pdf', '.txt'));
      }
      const pdf = await fetch(`${mock.url}/api/v1/download_document`, {
        method: 'POST',
        headers: { authorization: 'Bearer tpk_test_terrapin_mock_key', 'content-type': 'application/json' },
        body: JSON.stringify({ file_id: list[0]!.file_id }),
      });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('request-id')).toBeTruthy();
      const bytes = Buffer.from(await pdf.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const content = checkPdf(bytes);
      expect(content).toContain(list[0]!.document_name!.replace(/ \(.*$/, '').split(' ')[0]);
      const txt = await post(mock, 'download_document', { file_id: list[0]!.text_file_id });
      expect(txt.status).toBe(200);
      expect(txt.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(txt.text).toMatch(/Addison/i);
    }
  });

  test('the documented document downloads too', async () => {
    const reply = await post(mock, 'download_document', { file_id: 'ROaomzq-lhfQ-LMSd8Zvow.pdf' });
    expect(reply.status).toBe(200);
    expect(reply.text.startsWith('%PDF-1.4')).toBe(true);
    const text = await post(mock, 'download_document', { file_id: 'ROaomzq-lhfQ-LMSd8Zvow.txt' });
    expect(text.text).toContain('Official Statement posted 08/15/2023');
  });

  test.each([
    'ROaomzq-lhfQ-LMSd8Zvox.pdf',
    'nope',
    'AAAAAAAAAAAAAAAAAAAAAA.pdf',
    'ROaomzq-lhfQ-LMSd8Zvow.doc',
  ])('unknown file id %s: 404 envelope', async (file_id) => {
    const reply = await post(mock, 'download_document', { file_id });
    expect(reply.status).toBe(404);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
    expect((reply.json as { errors: { detail: string }[] }).errors[0]?.detail).toMatch(/^Document not found/);
  });

  test('renderPdf escapes PDF string syntax and stays ASCII', () => {
    const content = checkPdf(
      renderPdf({ title: 'A (tricky) \\ title – ünïcode', lines: ['x'.repeat(300)], date: '2024-01-02' }),
    );
    expect(content).toContain('(A \\(tricky\\) \\\\ title ? unicode) Tj');
  });
});
