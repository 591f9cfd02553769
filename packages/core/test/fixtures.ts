import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Root of the repo's copy of the API spec and the documented examples (spec/). */
export const specDir = join(import.meta.dirname, '../../../spec');

/** Every documented example file: `{ operation, file, kind, body }`. */
export function loadExamples() {
  const dir = join(specDir, 'examples');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith('.json'))
        .map((file) => ({
          operation: d.name,
          file: `${d.name}/${file}`,
          kind: file.includes('.request.') ? ('request' as const) : ('response' as const),
          body: JSON.parse(readFileSync(join(dir, d.name, file), 'utf8')) as unknown,
        })),
    );
}
