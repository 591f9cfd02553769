import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publicPackages } from '../../../scripts/public-packages.mjs';
import { cacheRoot, sha256 } from './cache';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A packed public package: its tarball, stored under its content hash so a changed package gets a new path. */
export interface Tarball {
  file: string;
  sha256: string;
}

/**
 * Packs every public package (scripts/public-packages.mjs) from its built `dist/`, as `pnpm publish` would, and
 * returns the tarballs by package name. pnpm's tarballs are byte-for-byte reproducible, so an unchanged package
 * keeps its path and the projects installed from it stay cached.
 */
export async function packPublicPackages(): Promise<Record<string, Tarball>> {
  const packs = join(cacheRoot, 'packs');
  mkdirSync(packs, { recursive: true });
  const scratch = mkdtempSync(join(packs, 'scratch-'));
  try {
    await Promise.all(
      publicPackages.map((pkg) =>
        run('pnpm', ['pack', '--pack-destination', scratch], { cwd: join(root, pkg.dir), timeout: 120_000 }),
      ),
    );
    const tarballs: Record<string, Tarball> = {};
    for (const file of readdirSync(scratch)) {
      const pkg = publicPackages.find((p) => file.startsWith(`${p.name.slice(1).replace('/', '-')}-`));
      if (!pkg) continue;
      const hash = sha256(readFileSync(join(scratch, file)));
      const dir = join(packs, hash.slice(0, 16));
      mkdirSync(dir, { recursive: true });
      renameSync(join(scratch, file), join(dir, file));
      tarballs[pkg.name] = { file: join(dir, file), sha256: hash };
    }
    const missing = publicPackages.filter((p) => !tarballs[p.name]).map((p) => p.name);
    if (missing.length) throw new Error(`pnpm pack produced no tarball for ${missing.join(', ')}`);
    return tarballs;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
