import { createRedactor } from '@terrapin/core/adapter-kit';
import { describe, expect, it } from 'vitest';

// The SDK's one redactor: core error messages, the express middleware and the CLI all use it, so these thresholds
// are the ones every package applies.
describe('createRedactor', () => {
  it('removes every known secret of six characters or more, wherever it appears', () => {
    const redact = createRedactor(['tpk_live_canary_0123456789', 'abc123', null, undefined]);
    expect(redact('key tpk_live_canary_0123456789 and again tpk_live_canary_0123456789; id abc123')).toBe(
      'key [REDACTED] and again [REDACTED]; id [REDACTED]',
    );
  });

  it('leaves secrets under six characters alone, so ordinary words survive', () => {
    expect(createRedactor(['abc12'])('abc12 stays')).toBe('abc12 stays');
  });

  it('removes bearer and basic tokens of eight or more token characters, but keeps prose', () => {
    const redact = createRedactor([]);
    expect(redact('Authorization: Bearer abcdefgh.ijk')).toBe('Authorization: Bearer [REDACTED]');
    expect(redact('basic dXNlcjpwYXNz')).toBe('basic [REDACTED]');
    expect(redact('no bearer token was sent')).toBe('no bearer token was sent');
  });

  it('removes credentials in URLs, with or without a scheme, and keeps the host', () => {
    const redact = createRedactor([]);
    expect(redact('connect redis://admin:hunter2@cache.internal:6379 failed')).toBe(
      'connect redis://[REDACTED]@cache.internal:6379 failed',
    );
    expect(redact('auth admin:hunter2@cache.internal')).toBe('auth [REDACTED]@cache.internal');
  });

  it('replaces whole URLs only when asked (text for browsers)', () => {
    expect(createRedactor([], { urls: true })('see https://upstream.example/v1/x?q=1 now')).toBe(
      'see [URL] now',
    );
    expect(createRedactor([])('see https://upstream.example/v1/x')).toBe('see https://upstream.example/v1/x');
  });
});
