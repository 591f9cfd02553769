#!/usr/bin/env node
import { propertyOf } from '@terrapin/core/adapter-kit';
import { parseCli } from './cli/args';
import { exposureWarning } from './cli/exposure';
import { HELP } from './cli/help';
import { createMockServer, DEFAULT_QUOTA, DEFAULT_RATE_LIMIT, MOCK_API_KEY } from './server';

declare const __TERRAPIN_MOCK_SERVER_VERSION__: string | undefined;

/** package.json's version, put in at build time (version-define.ts at the root): no file read at startup. */
function version(): string {
  return typeof __TERRAPIN_MOCK_SERVER_VERSION__ === 'string' ? __TERRAPIN_MOCK_SERVER_VERSION__ : 'unknown';
}

async function main(): Promise<void> {
  const command = parseCli(process.argv.slice(2));
  if (command.kind === 'help') {
    process.stdout.write(HELP);
    return;
  }
  if (command.kind === 'version') {
    process.stdout.write(`${version()}\n`);
    return;
  }
  if (command.kind === 'error') {
    process.stderr.write(`terrapin-mock: ${command.message}\nRun terrapin-mock --help for the options.\n`);
    process.exitCode = 2;
    return;
  }
  const { options } = command;
  if (command.log) {
    options.onRequest = (e) => {
      const fault = e.fault ? ` fault=${e.fault}` : '';
      process.stderr.write(
        `${new Date(e.at).toISOString()} ${e.method} ${e.path} ${e.status}${fault} ${e.durationMs}ms ${e.requestId}\n`,
      );
    };
  }
  let server: Awaited<ReturnType<typeof createMockServer>>;
  try {
    server = await createMockServer(options);
  } catch (error) {
    const code = propertyOf(error, 'code');
    const hint =
      code === 'EADDRINUSE' ? ` (port ${options.port} is taken; pass --port 0 for any free port)` : '';
    process.stderr.write(
      `terrapin-mock: cannot start: ${error instanceof Error ? error.message : String(error)}${hint}\n`,
    );
    process.exitCode = 1;
    return;
  }
  const exposed = exposureWarning(options.host);
  if (exposed) process.stderr.write(exposed);
  const { dataset } = server;
  const key = server.apiKeys[0] ?? MOCK_API_KEY;
  const rate =
    options.rateLimit === false
      ? 'no rate limit'
      : `${(options.rateLimit ?? DEFAULT_RATE_LIMIT).limit} requests / ${(options.rateLimit ?? DEFAULT_RATE_LIMIT).windowMs / 1000} s rolling`;
  const quota =
    options.quota === false ? 'no quota' : `${options.quota ?? DEFAULT_QUOTA} distinct ISINs per month`;
  process.stdout.write(
    [
      `terrapin-mock listening on ${server.url}`,
      `  API key${server.apiKeys.length > 1 ? 's' : ' '}: ${server.apiKeys.join(', ')}`,
      `  Dataset:  ${dataset.bonds} gov/corp, ${dataset.agency} agency, ${dataset.munis} muni bonds (seed ${dataset.seed}, data as of ${dataset.dataDate})`,
      `  Limits:   ${rate}; ${quota}`,
      `  Try:      curl -s ${server.url}/api/v1/bond_search -H 'Authorization: Bearer ${key}' -H 'Content-Type: application/json' -d '{"countries":["Italy"],"limit":3}'`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => {
        process.stdout.write(`terrapin-mock stopped (${signal})\n`);
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
