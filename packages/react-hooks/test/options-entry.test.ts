import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = join(dirname(fileURLToPath(import.meta.url)), '../src');

/** Runtime (non-type) imports of a module, resolved to files for relative ones. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) {
    specifiers.push(match[1]!);
  }
  return specifiers;
}

function graph(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const imports = runtimeImports(file);
    seen.set(file, imports);
    for (const spec of imports) if (spec.startsWith('.')) visit(`${resolve(dirname(file), spec)}.ts`);
  };
  visit(entry);
  return seen;
}

describe('@terrapin/react-hooks/options', () => {
  it('imports no React at runtime (usable in loaders and on the server)', () => {
    const modules = graph(join(src, 'options/index.ts'));
    const external = new Set([...modules.values()].flat().filter((spec) => !spec.startsWith('.')));
    expect([...external].sort()).toEqual([
      '@terrapin/core',
      '@terrapin/core/adapter-kit',
      '@terrapin/core/identifiers',
      'dataloader',
    ]);
    expect(modules.size).toBeGreaterThan(5);
  });
});
