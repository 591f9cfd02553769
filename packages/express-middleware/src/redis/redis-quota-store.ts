import type { QuotaReservation, QuotaStore } from '@terrapin/core';
import {
  DEFAULT_KEY_PREFIX,
  RedisScript,
  type RedisScriptClient,
  type RedisStoreOptions,
  toArray,
  toInteger,
} from './redis-scripts';

const ADD = new RedisScript(`
local added = 0
for i = 2, #ARGV do added = added + redis.call('SADD', KEYS[1], ARGV[i]) end
redis.call('PEXPIREAT', KEYS[1], ARGV[1])
return added
`);

const HAS = new RedisScript(`
local out = {}
for i = 1, #ARGV do out[i] = redis.call('SISMEMBER', KEYS[1], ARGV[i]) end
return out
`);

// Check and count in one step (issue 14 #16): the budget holds however many processes reserve at once.
// ARGV: expire-at, budget, ISINs… Returns {1, used, added…} or {0, used, fresh…}.
const RESERVE = new RedisScript(`
local fresh = {}
for i = 3, #ARGV do
  if redis.call('SISMEMBER', KEYS[1], ARGV[i]) == 0 then fresh[#fresh + 1] = ARGV[i] end
end
local used = redis.call('SCARD', KEYS[1])
local ok = used + #fresh <= tonumber(ARGV[2])
if ok then
  for _, isin in ipairs(fresh) do redis.call('SADD', KEYS[1], isin) end
  if #fresh > 0 then redis.call('PEXPIREAT', KEYS[1], ARGV[1]) end
  used = used + #fresh
end
-- No unpack(): it fails past a few thousand values.
local out = {ok and 1 or 0, used}
for _, isin in ipairs(fresh) do out[#out + 1] = isin end
return out
`);

const REMOVE = new RedisScript(`
for i = 1, #ARGV do redis.call('SREM', KEYS[1], ARGV[i]) end
return 0
`);

const COUNT = new RedisScript(`return redis.call('SCARD', KEYS[1])`);
const LIST = new RedisScript(`return redis.call('SMEMBERS', KEYS[1])`);

const DAY_MS = 86_400_000;

/** Options for {@link RedisQuotaStore}. */
export interface RedisQuotaStoreOptions extends RedisStoreOptions {
  /**
   * How long a period's set outlives the end of its month, so last month can still be reported.
   * @default 40 days
   */
  keepAfterPeriodMs?: number;
}

/**
 * Core's {@link QuotaStore} on Redis: one set of distinct ISINs per period, shared by every process, so an ISIN pulled
 * by two servers in one month counts once. A period that starts with `YYYY-MM` expires `keepAfterPeriodMs` after that
 * month ends; any other label expires that long after its last write.
 * @example new QuotaLedger({ store: new RedisQuotaStore({ client }) })
 */
export class RedisQuotaStore implements QuotaStore {
  readonly #client: RedisScriptClient;
  readonly #prefix: string;
  readonly #keepMs: number;

  constructor(options: RedisQuotaStoreOptions) {
    this.#client = options.client;
    this.#prefix = options.prefix ?? DEFAULT_KEY_PREFIX;
    this.#keepMs = options.keepAfterPeriodMs ?? 40 * DAY_MS;
  }

  async add(period: string, isins: readonly string[]): Promise<number> {
    if (isins.length === 0) return 0;
    const expireAt = String(this.#expiry(period));
    return toInteger(
      await ADD.run(this.#client, { keys: [this.#key(period)], arguments: [expireAt, ...isins] }),
    );
  }

  async has(period: string, isins: readonly string[]): Promise<boolean[]> {
    if (isins.length === 0) return [];
    const reply = await HAS.run(this.#client, { keys: [this.#key(period)], arguments: [...isins] });
    return toArray(reply).map((flag) => toInteger(flag) === 1);
  }

  async count(period: string): Promise<number> {
    return toInteger(await COUNT.run(this.#client, { keys: [this.#key(period)], arguments: [] }));
  }

  async list(period: string): Promise<string[]> {
    const reply = await LIST.run(this.#client, { keys: [this.#key(period)], arguments: [] });
    return toArray(reply).map(String).sort();
  }

  async reserve(period: string, isins: readonly string[], budget: number): Promise<QuotaReservation> {
    const unique = [...new Set(isins)];
    const reply = await RESERVE.run(this.#client, {
      keys: [this.#key(period)],
      arguments: [String(this.#expiry(period)), String(budget), ...unique],
    });
    const [ok, used, ...listed] = toArray(reply);
    const isinsOut = listed.map(String);
    return toInteger(ok) === 1
      ? { ok: true, used: toInteger(used), added: isinsOut }
      : { ok: false, used: toInteger(used), fresh: isinsOut };
  }

  async remove(period: string, isins: readonly string[]): Promise<void> {
    if (isins.length === 0) return;
    await REMOVE.run(this.#client, { keys: [this.#key(period)], arguments: [...isins] });
  }

  #key(period: string): string {
    return `${this.#prefix}quota:${period}`;
  }

  #expiry(period: string): number {
    const month = /^(\d{4})-(\d{2})/.exec(period);
    if (!month) return Date.now() + this.#keepMs;
    // Date.UTC(year, monthIndex + 1, 1) is the first instant of the next month (month 12 rolls into January).
    return Date.UTC(Number(month[1]), Number(month[2]), 1) + this.#keepMs;
  }
}
