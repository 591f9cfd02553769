// Builds variants of @terrapin/core from its src (esbuild, Node target) into a temp dir, so an experiment can
// measure a proposed change to src without touching src: `ky` replaced by a direct `fetch` call, or zod classic
// (JIT) instead of zod/mini.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadEsbuild } from '../lib/bundle.mjs';
import { ROOT } from '../lib/packages.mjs';

const dir = mkdtempSync(join(tmpdir(), 'terrapin-core-variant-'));

/** What transport.ts does with ky, as one fetch call: it uses none of ky's features (retry 0, timeout off). */
const KY_AS_FETCH =
  'export default (url, { fetch: f = globalThis.fetch, retry, timeout, throwHttpErrors, ...init }) => f(url, init);';

/**
 * @param {{ name: string, kyAsFetch?: boolean, zodClassic?: boolean }} variant
 * @returns {Promise<object>} the variant's module (same exports as `@terrapin/core`)
 */
export async function importCoreVariant({ name, kyAsFetch = false, zodClassic = false }) {
  const esbuild = await loadEsbuild();
  const plugins = [];
  if (kyAsFetch) {
    plugins.push({
      name: 'ky-as-fetch',
      setup(build) {
        build.onResolve({ filter: /^ky$/ }, () => ({ path: 'ky', namespace: 'ky-as-fetch' }));
        build.onLoad({ filter: /.*/, namespace: 'ky-as-fetch' }, () => ({
          contents: KY_AS_FETCH,
          loader: 'js',
        }));
      },
    });
  }
  if (zodClassic) {
    plugins.push({
      name: 'zod-classic',
      setup(build) {
        build.onResolve({ filter: /^zod\/mini$/ }, (args) =>
          build.resolve('zod', { resolveDir: args.resolveDir, kind: args.kind }),
        );
      },
    });
  }
  const outfile = join(dir, `${name}.mjs`);
  await esbuild.build({
    entryPoints: [join(ROOT, 'packages/core/src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    plugins,
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}
