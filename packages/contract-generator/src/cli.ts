/**
 * `pnpm generate` (write) and `pnpm check:generated` (`--check`: exit 1 when a committed file is stale, for CI).
 * The only module here that touches the file system; everything it calls is a pure function of the spec.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatWithBiome } from './format';
import { generateFiles } from './generate';
import { type Example, examplesEras } from './spec/examples';
import { readSpec } from './spec/read-spec';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const specDir = join(root, 'spec');

function readExamples(): Example[] {
  const dir = join(specDir, 'examples');
  const eras = examplesEras(readFileSync(join(dir, 'README.md'), 'utf8'));
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith('.request.json'))
        .map((f): Example => {
          const id = f.slice(0, -'.request.json'.length);
          const responseFile = join(dir, d.name, `${id}.response.json`);
          const hasResponse = readdirSync(join(dir, d.name)).includes(`${id}.response.json`);
          const era = eras.get(`${d.name}/${id}`);
          if (hasResponse && !era)
            throw new Error(`spec/examples/README.md does not list ${d.name}/${id}.response.json`);
          return {
            operation: d.name,
            id,
            era: era ?? 'older',
            request: read(join(dir, d.name, f)),
            ...(hasResponse ? { response: read(responseFile) } : {}),
          };
        }),
    );
}

const check = process.argv.includes('--check');
const files = generateFiles(readSpec(readFileSync(join(specDir, 'openapi.yaml'), 'utf8')), readExamples());
let stale = 0;
for (const [path, source] of Object.entries(files)) {
  const output = formatWithBiome(source, path, root);
  let current = '';
  try {
    current = readFileSync(join(root, path), 'utf8');
  } catch {}
  if (current === output) continue;
  if (check) {
    stale++;
    console.error(`${path} is stale: run \`pnpm generate\` and commit the result.`);
  } else {
    writeFileSync(join(root, path), output);
    console.log(`wrote ${path}`);
  }
}
if (stale) process.exit(1);
if (check) console.log(`generated files are up to date (${Object.keys(files).length} files)`);
