import {
  TerrapinConnectionError,
  TerrapinQuotaExceededError,
  TerrapinRateLimitError,
  TerrapinRequestValidationError,
  TerrapinServerError,
} from '@terrapin/core';
import { describe, expect, it } from 'vitest';
import { presentError } from '../src/lib/errors';

const api = (detail: string, requestId: string | null = 'req_9') => ({
  errors: [{ detail }],
  requestId,
  headers: {},
});

describe('presentError', () => {
  it('turns a request-validation error into field problems', () => {
    const error = new TerrapinRequestValidationError('bond_search', [
      {
        title: 'Invalid value',
        detail: 'Too small',
        pointer: '/coupon_min',
        source: { pointer: '/coupon_min' },
      },
    ]);
    expect(presentError(error)).toMatchObject({
      kind: 'validation',
      problems: [{ pointer: '/coupon_min', detail: 'Too small' }],
      requestId: null,
    });
  });

  it('says how long to wait after a 429', () => {
    const error = new TerrapinRateLimitError({
      status: 429,
      ...api('Too many requests'),
      retryAfterMs: 23_000,
      rateLimit: null,
    });
    const shown = presentError(error);
    expect(shown.kind).toBe('rate-limit');
    expect(shown.hint).toContain('23 s');
    expect(shown.message).toBe('Too many requests');
    expect(shown.requestId).toBe('req_9');
  });

  it('tells a used-up quota from other 403s', () => {
    const error = new TerrapinQuotaExceededError({
      status: 403,
      ...api('Monthly ISIN quota exceeded'),
    } as never);
    expect(presentError(error).kind).toBe('quota');
  });

  it('explains a refused server key behind the proxy (502)', () => {
    const error = new TerrapinServerError({
      status: 502,
      ...api('The server’s Terrapin API key was rejected'),
    });
    expect(presentError(error)).toMatchObject({ kind: 'auth', title: 'The server’s API key was refused' });
  });

  it('treats other 5xx as temporary', () => {
    expect(presentError(new TerrapinServerError({ status: 503, ...api('Unavailable') })).kind).toBe('server');
  });

  it('explains a connection failure', () => {
    expect(presentError(new TerrapinConnectionError('fetch failed')).kind).toBe('network');
  });

  it('falls back for anything else', () => {
    expect(presentError(new Error('boom'))).toMatchObject({ kind: 'unknown', message: 'boom' });
  });
});
