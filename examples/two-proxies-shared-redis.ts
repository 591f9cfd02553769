// Two instances of a backend-for-frontend proxy (as behind a load balancer) sharing one Redis: one rate limit for the
// API key (together they never send more than the API's policy allows), one monthly quota ledger, one cache.
// Each instance here is an Express app on its own port; in production they are separate processes or machines.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { terrapinProxy } from '@terrapin/express-middleware';
import { createRedisStores } from '@terrapin/express-middleware/redis';
import express from 'express';

export interface TwoProxiesOptions {
  redisUrl: string;
  /** Every Redis key starts with it: one per app and environment. */
  prefix: string;
  isins: string[];
  apiKey?: string;
  baseUrl?: string;
  log?: (line: string) => void;
}

interface Status {
  quota: { used: number };
}

async function startInstance(options: TwoProxiesOptions) {
  const stores = createRedisStores({ url: options.redisUrl, prefix: options.prefix });
  const app = express();
  app.use(
    '/api/terrapin',
    terrapinProxy({
      allow: ['bond_reference'],
      stores,
      cache: false, // every call goes upstream, so the shared rate limit is what keeps them in line
      ...(options.apiKey ? { apiKey: options.apiKey } : {}),
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    }),
  );
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/terrapin`;
  const close = async () => {
    server.close();
    await stores.close();
  };
  return { url, close };
}

export async function run(options: TwoProxiesOptions): Promise<{ statuses: number[]; quotaSeen: number[] }> {
  const log = options.log ?? console.log;
  const instances = [await startInstance(options), await startInstance(options)];
  try {
    // One ISIN per request, alternating between the instances, all at once: a burst from many browsers.
    const statuses = await Promise.all(
      options.isins.map(async (isin, i) => {
        const instance = instances[i % instances.length]!;
        const res = await fetch(`${instance.url}/bond_reference`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ isins: [isin] }),
        });
        await res.arrayBuffer();
        return res.status;
      }),
    );
    const quotaSeen = await Promise.all(
      instances.map(async (instance) => {
        const status = (await (await fetch(`${instance.url}/_status`)).json()) as Status;
        return status.quota.used;
      }),
    );
    log(`${statuses.filter((s) => s === 200).length}/${statuses.length} answered 200 across 2 instances`);
    log(`quota ledger as each instance sees it: ${quotaSeen.join(' and ')} distinct ISINs`);
    return { statuses, quotaSeen };
  } finally {
    await Promise.all(instances.map((i) => i.close()));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run({
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    prefix: 'terrapin-example:',
    isins: ['XS2724510792', 'XS2327414061', 'XS1610682764', 'IT0005571952'],
  });
}
