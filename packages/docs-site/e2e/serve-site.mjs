// Serves site/ (the output of `pnpm run docs`) as static files on 127.0.0.1, as any static host would.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';

const site = join(fileURLToPath(import.meta.url), '../../site');
if (!existsSync(join(site, 'index.html'))) {
  console.error(`no built site at ${site}: run \`pnpm run docs\` first`);
  process.exit(1);
}
const port = Number(process.argv[2] ?? 4178);
express()
  .use(express.static(site))
  .listen(port, '127.0.0.1', () => console.log(`docs site on http://127.0.0.1:${port}/`));
