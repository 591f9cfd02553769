import { afterEach, describe, expect, it } from 'vitest';
import { TerrapinAbortError } from '../../src/index';
import { makeIsins, testClient } from './helpers/fixtures';
import { ok, startServer, type TestServer } from './helpers/server';

let server: TestServer;
afterEach(() => server?.close());

const universe = makeIsins(23).map((isin) => ({ isin }));

/** A search endpoint over `rows` honouring limit/offset. */
async function searchServer(rows = universe, total = rows.length) {
  server = await startServer((req) => {
    const { limit = 100, offset = 0 } = req.body as { limit?: number; offset?: number };
    return ok(rows.slice(offset, offset + limit), {}, total);
  });
  return server;
}

const pages = () => server.requests.map((r) => r.body as { limit: number; offset: number });
async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const rows: T[] = [];
  for await (const row of iterator) rows.push(row);
  return rows;
}

describe('searchAll', () => {
  it('pages with limit/offset until total', async () => {
    await searchServer();
    const client = testClient(server.url);
    const rows = await collect(client.bonds.searchAll({ countries: ['Italy'] }, { pageSize: 10 }));
    expect(rows).toEqual(universe);
    expect(pages()).toEqual([
      { countries: ['Italy'], limit: 10, offset: 0 },
      { countries: ['Italy'], limit: 10, offset: 10 },
      { countries: ['Italy'], limit: 10, offset: 20 },
    ]);
  });

  it('stops at maxItems without fetching more than needed', async () => {
    await searchServer();
    const rows = await collect(testClient(server.url).agency.searchAll({}, { pageSize: 10, maxItems: 15 }));
    expect(rows).toHaveLength(15);
    expect(pages().map((p) => p.limit)).toEqual([10, 5]);
  });

  it('stops on an empty page even if total claims more', async () => {
    await searchServer(universe.slice(0, 5), 1_000);
    const rows = await collect(testClient(server.url).munis.searchAll(undefined, { pageSize: 5 }));
    expect(rows).toHaveLength(5);
    expect(server.requests).toHaveLength(2);
  });

  it('starts at the given offset and uses params.limit as the page size', async () => {
    await searchServer();
    const rows = await collect(testClient(server.url).munis.searchAll({ limit: 8, offset: 16 }));
    expect(rows).toEqual(universe.slice(16));
    expect(pages()).toEqual([{ limit: 8, offset: 16 }]);
  });

  it('stops when the signal aborts, between pages', async () => {
    await searchServer();
    const controller = new AbortController();
    const rows: unknown[] = [];
    const error = await (async () => {
      for await (const row of testClient(server.url).bonds.searchAll(
        {},
        { pageSize: 5, signal: controller.signal },
      )) {
        rows.push(row);
        if (rows.length === 7) controller.abort();
      }
    })().catch((e) => e);
    expect(error).toBeInstanceOf(TerrapinAbortError);
    expect(rows).toHaveLength(7);
    expect(server.requests).toHaveLength(2);
  });

  it('breaking out of the loop fetches nothing more', async () => {
    await searchServer();
    for await (const _ of testClient(server.url).bonds.searchAll({}, { pageSize: 5 })) break;
    expect(server.requests).toHaveLength(1);
  });
});
