// Browser bundles measured the way an app's bundler would build them: esbuild, ESM, minified, browser conditions,
// then gzip (level 9). Sizes are in KB of 1024 bytes.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ROOT } from './packages.mjs';

let esbuildPromise;

/** esbuild: the root devDependency when present, else the copy tsup installed (with a warning). */
export function loadEsbuild() {
  esbuildPromise ??= import('esbuild').catch(() => {
    const store = join(ROOT, 'node_modules/.pnpm');
    const dir = existsSync(store) && readdirSync(store).find((d) => /^esbuild@\d/.test(d));
    if (!dir) throw new Error('bench: esbuild is not installed; add it as a root devDependency');
    console.warn(`bench: using ${dir} from the pnpm store; add esbuild as a root devDependency`);
    return import(pathToFileURL(join(store, dir, 'node_modules/esbuild/lib/main.js')).href);
  });
  return esbuildPromise;
}

export const KB = 1024;

/** gzip size in bytes (level 9, as size-limit and most CDNs measure). */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/**
 * Bundles `contents` (an entry module resolved from `resolveDir`) for the browser.
 * @returns {Promise<{ minBytes: number, gzipBytes: number, inputs: Record<string, number> }>} `inputs` maps each
 * bundled file to the minified bytes it contributes (esbuild's metafile).
 */
export async function bundle({ contents, resolveDir, loader = 'js', external = [], plugins = [] }) {
  const esbuild = await loadEsbuild();
  const result = await esbuild.build({
    stdin: { contents, resolveDir, loader, sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    outfile: 'bundle.js',
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    external,
    plugins,
  });
  const code = result.outputFiles.find((f) => f.path.endsWith('.js')).contents;
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint !== undefined || o.inputs);
  const inputs = Object.fromEntries(Object.entries(output.inputs).map(([file, v]) => [file, v.bytesInOutput]));
  return { minBytes: code.length, gzipBytes: gzipSize(code), inputs };
}

/** `node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/schemas.js` → `zod`; workspace files keep their path. */
export function packageOf(file) {
  const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (match) return match[1];
  return file.replace(/^(\.\.\/)+/, '').replace(/^packages\//, '');
}
