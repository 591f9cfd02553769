import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The two-instance Redis test spawns plain `node` processes, which run the built `dist/` of these packages (there is
// no TypeScript loader in the workspace). Build them when missing or older than their sources; CI builds first anyway.
const PACKAGES = ['core', 'express-middleware'];
const root = resolve(import.meta.dirname, '../../../..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function distOf(name: string): string {
  return join(root, 'packages', name, 'dist', 'index.js');
}

function isStale(name: string): boolean {
  const dir = join(root, 'packages', name);
  const built = distOf(name);
  return !existsSync(built) || statSync(built).mtimeMs < newestMtime(join(dir, 'src'));
}

/** Builds the packages the spawned processes import, when their `dist/` is missing or stale. */
export function ensureBuilt(): void {
  // Escape hatch while a sibling's build is broken mid-edit: run against whatever dist/ exists.
  if (process.env.TERRAPIN_TEST_USE_DIST === '1' && PACKAGES.every((name) => existsSync(distOf(name))))
    return;
  const stale = PACKAGES.filter(isStale);
  if (stale.length === 0) return;
  const filters = stale.flatMap((name) => ['--filter', `@terrapin/${name}`]);
  try {
    execFileSync('pnpm', [...filters, 'build'], { cwd: root, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `Building ${stale.join(', ')} for the spawned servers failed:\n${stdout ?? ''}${stderr ?? ''}`,
    );
  }
}
