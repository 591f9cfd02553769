// @vitest-environment jsdom
import { TerrapinNotFoundError } from '@terrapin/core';
import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadDocumentAs, useDownloadDocument } from '../src/index';
import { createFakeApi, jsonResponse } from './support/fake-api';
import { renderTerrapinHook } from './support/render';

describe('documents', () => {
  const { createObjectURL, revokeObjectURL } = URL;
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('useDownloadDocument resolves to a typed Blob on demand (a mutation, not a cached query)', async () => {
    const api = createFakeApi();
    const { result } = renderTerrapinHook(() => useDownloadDocument(), api.client);
    expect(api.requests).toHaveLength(0);
    await act(() => result.current.mutateAsync({ file_id: 'f-123' }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const doc = result.current.data!;
    expect(doc.fileId).toBe('f-123');
    expect(doc.contentType).toBe('application/pdf');
    expect(doc.blob.type).toBe('application/pdf');
    expect(await doc.blob.text()).toBe('%PDF-1.7 fake');
    expect(api.requests.map((r) => [r.operation, r.body])).toEqual([
      ['download_document', { file_id: 'f-123' }],
    ]);
  });

  it('useDownloadDocument reports a typed error', async () => {
    const api = createFakeApi({
      respond: () => jsonResponse({ errors: [{ detail: 'Unknown document key' }] }, 404),
    });
    const { result } = renderTerrapinHook(() => useDownloadDocument(), api.client);
    act(() => result.current.mutate({ file_id: 'nope' }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(TerrapinNotFoundError);
  });

  it('downloadDocumentAs saves the file under the given name and frees the object URL', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const api = createFakeApi();
    // jsdom has no object URLs; stand in for the browser's.
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:fake-1';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });

    const doc = await downloadDocumentAs(api.client, 'f-9', 'statement.pdf');
    expect(clicks).toEqual([{ href: 'blob:fake-1', download: 'statement.pdf' }]);
    expect(created[0]).toBe(doc.blob);
    expect(document.querySelector('a')).toBeNull();
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:fake-1');
  });
});
