// Per-package TypeDoc options, derived from the package's own package.json so that a new public entry (a new
// `exports` subpath) is documented without touching any docs config: every subpath's `@terrapin/source` condition
// (the TypeScript file the build starts from) is an entry point. Each public package has a two-line
// `typedoc.config.mjs` that calls this (TypeDoc's `packages` strategy reads options per package directory).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @param {string} configUrl `import.meta.url` of the package's typedoc.config.mjs
 * @returns {Partial<import('typedoc').TypeDocOptions>}
 */
export function packageTypedocOptions(configUrl) {
  const dir = dirname(fileURLToPath(configUrl));
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const entryPoints = [];
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (subpath === './package.json' || typeof target !== 'object' || target === null) continue;
    const source = target['@terrapin/source'];
    if (typeof source !== 'string') {
      throw new Error(`${pkg.name}: export "${subpath}" has no "@terrapin/source" condition to document`);
    }
    entryPoints.push(join(dir, source));
  }
  return {
    entryPoints,
    readme: join(dir, 'README.md'),
    tsconfig: join(dir, 'tsconfig.json'),
  };
}
