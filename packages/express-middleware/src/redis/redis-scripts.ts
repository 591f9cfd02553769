import { createHash } from 'node:crypto';
import { propertyOf } from '@terrapin/core/adapter-kit';
import { ErrorReply } from 'redis';
import { SharedStateUnavailableError } from '../errors/shared-state-error';

/** `keys` and `arguments` of one script call, as node-redis takes them. */
export interface RedisScriptArgs {
  keys: string[];
  arguments: string[];
}

/**
 * The part of a node-redis client (`createClient()` from `redis`) that the stores use. Every store operation is one
 * Lua script, so each update is atomic on the server without MULTI/WATCH retries, and this small surface is all a
 * custom client (a cluster or a wrapped client) has to provide.
 */
export interface RedisScriptClient {
  /** Runs a Lua script from its source (`EVAL`). */
  eval(script: string, options: RedisScriptArgs): Promise<unknown>;
  /** Runs a cached Lua script by its SHA-1 (`EVALSHA`); rejects with `NOSCRIPT` when Redis does not have it. */
  evalSha(sha1: string, options: RedisScriptArgs): Promise<unknown>;
}

/** A Lua script sent by SHA1 (EVALSHA) and re-sent in full once when the server answers NOSCRIPT. */
export class RedisScript {
  readonly #source: string;
  readonly #sha1: string;

  constructor(source: string) {
    this.#source = source;
    this.#sha1 = createHash('sha1').update(source).digest('hex');
  }

  async run(client: RedisScriptClient, args: RedisScriptArgs): Promise<unknown> {
    try {
      try {
        return await client.evalSha(this.#sha1, args);
      } catch (error) {
        // A fresh or flushed server does not know the script yet; EVAL runs it and caches it for the next EVALSHA.
        if (!String(propertyOf(error, 'message')).includes('NOSCRIPT')) throw error;
        return await client.eval(this.#source, args);
      }
    } catch (error) {
      // An error reply is Redis answering (a bug of ours); anything else (offline, timeout, closed) means the
      // shared state is out of reach, which the proxy answers with a fast 503 naming Redis.
      if (error instanceof ErrorReply) throw error;
      throw new SharedStateUnavailableError('Redis', error);
    }
  }
}

/** The prefix of every key a Redis store writes when none is given. */
export const DEFAULT_KEY_PREFIX = 'terrapin:';

/** What every Redis store takes: a connection and the prefix of its keys. */
export interface RedisStoreOptions {
  /** A connected node-redis client (or anything with `eval`/`evalSha`). */
  client: RedisScriptClient;
  /**
   * Prefix of every key this store writes.
   * @default 'terrapin:'
   */
  prefix?: string;
}

/** Reads a multi-bulk (array) reply; anything else means the script and this code disagree. */
export function toArray(reply: unknown): unknown[] {
  if (!Array.isArray(reply)) throw new TypeError(`Unexpected reply from Redis: ${String(reply)}`);
  return reply;
}

/** Reads an integer reply (node-redis may hand back a number or, from Lua strings, a string). */
export function toInteger(reply: unknown): number {
  const n = typeof reply === 'number' ? reply : Number(reply);
  if (!Number.isFinite(n)) throw new TypeError(`Unexpected reply from Redis: ${String(reply)}`);
  return n;
}
