// Browser bundles measured the way an app's bundler would build them: esbuild, ESM, minified, browser conditions,
// then gzip (level 9). Sizes are in KB of 1024 bytes.
import { gzipSync } from 'node:zlib';

let esbuildPromise;

/** esbuild (a root devDependency, the version tsup uses), loaded on first use. */
export function loadEsbuild() {
  esbuildPromise ??= import('esbuild');
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
export async function bundle({
  contents,
  resolveDir,
  loader = 'js',
  external = [],
  plugins = [],
  attribute = false,
}) {
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
    sourcemap: attribute ? 'external' : false,
    external,
    plugins,
  });
  const code = result.outputFiles.find((f) => f.path.endsWith('.js')).contents;
  const [, output] = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('.js'));
  const inputs = Object.fromEntries(
    Object.entries(output.inputs).map(([file, v]) => [file, v.bytesInOutput]),
  );
  const measured = { minBytes: code.length, gzipBytes: gzipSize(code), inputs };
  if (attribute) {
    const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map')).text);
    measured.bySource = attributeBytes(Buffer.from(code).toString('utf8'), map);
  }
  return measured;
}

const B64 = Object.fromEntries(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]),
);

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = B64[char];
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * Splits the output text by the source file each character came from (source-map-explorer's method), so each
 * input's share of the gzip size can be estimated from its own text.
 * @returns {Record<string, string>} source path → the output text attributed to it
 */
function attributeBytes(code, map) {
  const lines = code.split('\n');
  const out = {};
  let source = 0;
  map.mappings.split(';').forEach((lineMappings, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let column = 0;
    const segments = [];
    for (const raw of lineMappings.split(',')) {
      if (!raw) continue;
      const [dc, ds] = decodeVlq(raw);
      column += dc;
      if (ds !== undefined) source += ds;
      segments.push([column, ds === undefined ? -1 : source]);
    }
    segments.forEach(([start, src], i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
      const name = src < 0 ? '(generated)' : map.sources[src];
      out[name] = (out[name] ?? '') + line.slice(start, end);
    });
  });
  return out;
}

/** `node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/schemas.js` → `zod`; workspace files keep their path. */
export function packageOf(file) {
  const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (match) return match[1];
  return file.replace(/^(\.\.\/)+/, '').replace(/^packages\//, '');
}
