// P5 (issue 10): what the browser downloads. Core: an app that imports `createTerrapinClient` and calls one
// operation, with everything it pulls in (ky, zod, the schemas), esbuild-minified and gzipped; goal ≤ 25 KB.
// React hooks: the package's own code with react, @tanstack/react-query and @terrapin/core external; goal ≤ 4 KB.
// The report breaks the core bundle down by input (esbuild metafile) so it is clear where the bytes go.
//
//   node bench/p5-bundle-size.bench.mjs            the two figures and the breakdown
//   node bench/p5-bundle-size.bench.mjs --explain  also what-if builds (table without CLI metadata, zod classic, …)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, gzipSize, KB, packageOf } from './lib/bundle.mjs';
import { ROOT } from './lib/packages.mjs';

/** A consumer of core: one import, one call. Resolved from a workspace package that depends on core. */
export const CORE_ENTRY = `import { createTerrapinClient } from '@terrapin/core';
const terrapin = createTerrapinClient({ baseUrl: new URL('/api/terrapin', location.origin).href });
terrapin.bonds.reference({ isins: ['US912810TM09'] }).then(({ data }) => console.log(data));
`;
const CONSUMER_DIR = resolve(ROOT, 'packages/react-hooks');

/** Everything react-hooks exports, minus what the app already has (React, TanStack Query, core). */
export const HOOKS_ENTRY = `export * from '@terrapin/react-hooks';\n`;
export const HOOKS_EXTERNAL = [
  'react',
  'react/*',
  'react-dom',
  '@tanstack/*',
  '@terrapin/core',
  '@terrapin/core/*',
];
const HOOKS_CONSUMER_DIR = resolve(ROOT, 'apps/bond-screener');

const SRC_ENTRY = CORE_ENTRY.replace("'@terrapin/core'", "'./src/index.ts'");

/** Groups of the core bundle (built from core's src so each module is visible), in display order. */
const GROUPS = [
  {
    name: 'core: operations table (26 schemas + CLI field metadata)',
    file: 'contract/operations.generated.ts',
  },
  { name: 'core: contract helpers + request validation', dir: 'contract' },
  { name: 'core: client (transport, retries, pacing, batching, quota)', dir: 'client' },
  { name: 'core: errors', dir: 'errors' },
  { name: 'core: identifiers', dir: 'identifiers' },
  { name: 'zod (zod/mini)', pkg: 'zod' },
  { name: 'ky', pkg: 'ky' },
];

function groupOf(file) {
  const pkg = packageOf(file);
  for (const group of GROUPS) {
    if (group.pkg && pkg === group.pkg) return group;
    if (group.file && file.endsWith(`core/src/${group.file}`)) return group;
    if (group.dir && file.includes(`core/src/${group.dir}/`)) return group;
  }
  return { name: `other: ${pkg}` };
}

/** Rewrites the generated table before bundling (what-if builds only). */
function rewriteTable(name, rewrite) {
  return {
    name,
    setup(build) {
      build.onLoad({ filter: /operations\.generated\.ts$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        return { contents: rewrite(await readFile(args.path, 'utf8')), loader: 'ts' };
      });
    },
  };
}

const kb = (bytes) => Math.round((bytes / KB) * 100) / 100;

export const scenario = {
  id: 'P5',
  title: 'browser bundle size (esbuild minify + gzip -9)',
  needs: ['core', 'react-hooks'],
  runs: 1,
  figures: [
    {
      key: 'core',
      name: 'P5 core browser bundle (createTerrapinClient + 1 call), gzip',
      unit: 'KB',
      goal: { op: '<=', value: 25, of: 'value' },
    },
    {
      key: 'hooks',
      name: 'P5 react-hooks own code (react, tanstack, core, dataloader external), gzip',
      unit: 'KB',
      goal: { op: '<=', value: 4, of: 'value' },
    },
    {
      key: 'hooksShipped',
      name: 'P5 react-hooks as an app ships it: own code + dataloader, gzip (info)',
      unit: 'KB',
      goal: null,
    },
  ],
  async setup() {
    return {};
  },
  async measure(context) {
    const core = await bundle({ contents: CORE_ENTRY, resolveDir: CONSUMER_DIR });
    // The issue measures react-hooks' *own code*: its dependencies (dataloader, like TanStack Query) are external.
    // What an app ships for it, dataloader included, is reported next to it.
    const hooksOwn = await bundle({
      contents: HOOKS_ENTRY,
      resolveDir: HOOKS_CONSUMER_DIR,
      external: [...HOOKS_EXTERNAL, 'dataloader'],
    });
    const hooks = await bundle({
      contents: HOOKS_ENTRY,
      resolveDir: HOOKS_CONSUMER_DIR,
      external: HOOKS_EXTERNAL,
    });
    Object.assign(context, { core, hooks });
    return [
      { key: 'core', value: kb(core.gzipBytes) },
      { key: 'hooks', value: kb(hooksOwn.gzipBytes) },
      { key: 'hooksShipped', value: kb(hooks.gzipBytes) },
    ];
  },
  /** The breakdown printed after the runs: where the bytes of the core bundle come from. */
  async report(context) {
    const fromSrc = await bundle({
      contents: SRC_ENTRY,
      resolveDir: resolve(ROOT, 'packages/core'),
      attribute: true,
    });
    const minBy = new Map();
    for (const [file, bytes] of Object.entries(fromSrc.inputs)) {
      const group = groupOf(file).name;
      minBy.set(group, (minBy.get(group) ?? 0) + bytes);
    }
    // gzip is not additive: compress each group's own output text, then scale so the parts sum to the whole.
    const textBy = new Map();
    for (const [file, text] of Object.entries(fromSrc.bySource)) {
      const group = groupOf(file).name;
      textBy.set(group, (textBy.get(group) ?? '') + text);
    }
    const alone = new Map([...textBy].map(([group, text]) => [group, gzipSize(Buffer.from(text))]));
    const aloneSum = [...alone.values()].reduce((a, b) => a + b, 0);
    const lines = [
      `  core bundle: ${kb(context.core.minBytes)} KB minified, ${kb(context.core.gzipBytes)} KB gzip (from dist).`,
      `  Breakdown, built from core's src (${kb(fromSrc.minBytes)} KB min, ${kb(fromSrc.gzipBytes)} KB gzip):`,
      '  | input | minified KB | share | ≈ gzip KB |',
      '  |---|---|---|---|',
    ];
    const order = [
      ...GROUPS.map((g) => g.name),
      ...[...minBy.keys()].filter((g) => !GROUPS.some((x) => x.name === g)),
    ];
    for (const name of order) {
      const bytes = minBy.get(name);
      if (!bytes) continue;
      const gz = ((alone.get(name) ?? 0) / aloneSum) * fromSrc.gzipBytes;
      lines.push(
        `  | ${name} | ${kb(bytes).toFixed(2)} | ${((100 * bytes) / fromSrc.minBytes).toFixed(0)} % | ${kb(gz).toFixed(2)} |`,
      );
    }
    const hooksBy = new Map();
    for (const [file, bytes] of Object.entries(context.hooks.inputs)) {
      const key = file.includes('react-hooks/') ? 'react-hooks own dist' : packageOf(file);
      if (bytes > 0) hooksBy.set(key, (hooksBy.get(key) ?? 0) + bytes);
    }
    lines.push(
      `  react-hooks bundle: ${kb(context.hooks.minBytes)} KB minified, ${kb(context.hooks.gzipBytes)} KB gzip (` +
        [...hooksBy].map(([k, v]) => `${k} ${kb(v)} KB min`).join(', ') +
        ')',
    );
    return lines.join('\n');
  },
};

/** What-if builds that show what a change to core would save (run this file with --explain). */
export async function explain() {
  const dir = resolve(ROOT, 'packages/core');
  const base = await bundle({ contents: SRC_ENTRY, resolveDir: dir });
  const noMeta = rewriteTable('no-field-metadata', (text) =>
    text
      .replace(/^ {4}fields: \[.*\],$/gm, '    fields: [],')
      .replace(/^ {4}(summary|description): ".*",$/gm, '    $1: "",'),
  );
  const noResponses = rewriteTable('no-response-schemas', (text) =>
    text
      .replace(/^ {4}fields: \[.*\],$/gm, '    fields: [],')
      .replace(/^ {4}(summary|description): ".*",$/gm, '    $1: "",')
      .replace(/^ {4}response: envelope\(.*\),$/gm, '    response: null,')
      .replace(/^ {4}item: .*,$/gm, '    item: null,')
      .replace(
        /^(?:export )?const (\w+) = z\.[^\n]*(?:;|\n(?:[ \t][^\n]*\n)*[})\]]+;)$/gm,
        'const $1 = null;',
      ),
  );
  const variants = [
    ['as built', base],
    [
      'table without `fields`/summary/description (CLI-only metadata)',
      await bundle({ contents: SRC_ENTRY, resolveDir: dir, plugins: [noMeta] }),
    ],
    [
      '… and without response schemas (validateResponses not shipped)',
      await bundle({ contents: SRC_ENTRY, resolveDir: dir, plugins: [noResponses] }),
    ],
  ];
  const noKy = {
    name: 'ky-as-fetch',
    setup(build) {
      build.onResolve({ filter: /^ky$/ }, () => ({ path: 'ky', namespace: 'shim' }));
      build.onLoad({ filter: /.*/, namespace: 'shim' }, () => ({
        contents:
          'export default (url, { fetch: f = globalThis.fetch, retry, timeout, throwHttpErrors, ...init }) => f(url, init);',
        loader: 'js',
      }));
    },
  };
  variants.push(
    [
      'ky replaced by a direct fetch call (core uses none of its features: retry 0, timeout off)',
      await bundle({ contents: SRC_ENTRY, resolveDir: dir, plugins: [noKy] }),
    ],
    [
      'table without CLI metadata + direct fetch',
      await bundle({ contents: SRC_ENTRY, resolveDir: dir, plugins: [noMeta, noKy] }),
    ],
  );
  const hooks = await bundle({
    contents: HOOKS_ENTRY,
    resolveDir: HOOKS_CONSUMER_DIR,
    external: HOOKS_EXTERNAL,
  });
  const hooksNoLoader = await bundle({
    contents: HOOKS_ENTRY,
    resolveDir: HOOKS_CONSUMER_DIR,
    external: [...HOOKS_EXTERNAL, 'dataloader'],
  });
  variants.push(['react-hooks as built', hooks], ['react-hooks with dataloader external', hooksNoLoader]);
  const zodProbe = (from) =>
    `import * as z from '${from}';\nconsole.log(z.looseObject({ isin: z.string(), coupon: z.optional(z.nullable(z.number())) }).safeParse(globalThis.x));\n`;
  const mini = await bundle({ contents: zodProbe('zod/mini'), resolveDir: dir });
  const classic = await bundle({ contents: zodProbe('zod'), resolveDir: dir });
  const lines = ['what-if builds (core from its src):', '| variant | min KB | gzip KB |', '|---|---|---|'];
  for (const [name, b] of variants) lines.push(`| ${name} | ${kb(b.minBytes)} | ${kb(b.gzipBytes)} |`);
  lines.push(
    `| zod/mini alone (one looseObject) | ${kb(mini.minBytes)} | ${kb(mini.gzipBytes)} |`,
    `| zod classic alone (one looseObject) | ${kb(classic.minBytes)} | ${kb(classic.gzipBytes)} |`,
  );
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const context = await scenario.setup();
  const figures = await scenario.measure(context);
  console.log(figures);
  console.log(await scenario.report(context));
  if (process.argv.includes('--explain')) console.log(await explain());
}
