// The per-key record of real sends the limiters of a process share (limiter.ts holds a late window with it).
// Bounded: a caller choosing rate-limit keys, or a policy with a huge limit, holds a fixed amount of memory.
import { describe, expect, it } from 'vitest';
import { createSendHistory } from '../../src/client/send-history';

describe('createSendHistory', () => {
  it('holds an attempt until the limit-th latest send of its key is a window ago', () => {
    const history = createSendHistory();
    for (const at of [1_000, 1_010, 1_020]) history.record('k', at, 3);
    expect(history.holdMs('k', 3, 1_000, 1_500)).toBe(500);
    expect(history.holdMs('k', 3, 1_000, 2_000)).toBe(0);
    // Fewer sends than the limit, or another key: nothing to wait for.
    expect(history.holdMs('k', 4, 1_000, 1_500)).toBe(0);
    expect(history.holdMs('other', 3, 1_000, 1_500)).toBe(0);
  });

  it('keeps only the latest `limit` sends of a key, in ascending order even if the clock steps back', () => {
    const history = createSendHistory();
    for (const at of [1_000, 2_000, 3_000, 4_000]) history.record('k', at, 2);
    expect(history.holdMs('k', 2, 1_000, 3_500)).toBe(500); // 3 000 + 1 000, not 1 000 + 1 000
    history.record('k', 3_900, 2); // a clock step back counts as the latest time seen
    expect(history.holdMs('k', 2, 1_000, 4_000)).toBe(1_000);
  });

  it('forgets the least recently used key past its bound', () => {
    const history = createSendHistory(2);
    history.record('a', 1_000, 1);
    history.record('b', 1_000, 1);
    history.record('a', 1_100, 1); // a is now the most recent
    history.record('c', 1_000, 1); // b goes
    expect(history.holdMs('a', 1, 1_000, 1_500)).toBe(600);
    expect(history.holdMs('b', 1, 1_000, 1_500)).toBe(0);
    expect(history.holdMs('c', 1, 1_000, 1_500)).toBe(500);
  });
});
