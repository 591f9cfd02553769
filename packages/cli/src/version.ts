import { readFileSync } from 'node:fs';

/**
 * The package version, read from package.json at runtime (`../package.json` from both `src/` and `dist/`), so
 * there is one source of truth and `terrapin --version` needs no bundler define.
 */
export function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
