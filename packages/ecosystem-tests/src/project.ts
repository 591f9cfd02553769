import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { cacheRoot, sha256 } from './cache';
import type { Tarball } from './pack';

const run = promisify(execFile);
const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));
const INSTALLED = '.terrapin-installed';

/** A consumer project: registry packages at exact versions, some of our tarballs, and fixture files to copy in. */
export interface ProjectSpec {
  /** Directory-name prefix; projects with the same id and different contents replace each other. */
  id: string;
  /** Registry packages, name → exact version. */
  dependencies: Record<string, string>;
  /** Our packages to install from their tarballs (core is always added). */
  terrapin: string[];
  /** Files or folders under fixtures/ copied into the project before each run (not part of the cache key). */
  files: string[];
}

/** A ready project directory, and whether its install came from the cache. */
export interface Project {
  dir: string;
  cached: boolean;
  installMs: number;
}

/**
 * Returns an installed project for `spec`, under the cache dir keyed by a hash of its package.json, which names
 * every tarball by content hash and every registry package by exact version: an unchanged project is reused as is;
 * a changed one is installed afresh with npm (into a scratch dir, renamed when complete, so an interrupted install
 * is never mistaken for a finished one) and older copies of the same id are removed.
 */
export async function prepareProject(spec: ProjectSpec, tarballs: Record<string, Tarball>): Promise<Project> {
  const ours = [...new Set(['@terrapin/core', ...spec.terrapin])];
  const fileRef = (name: string) => {
    const tarball = tarballs[name];
    if (!tarball) throw new Error(`no tarball for ${name}`);
    return `file:${tarball.file}`;
  };
  const manifest = `${JSON.stringify(
    {
      name: `terrapin-ecosystem-${spec.id}`,
      private: true,
      type: 'module',
      dependencies: { ...spec.dependencies, ...Object.fromEntries(ours.map((n) => [n, fileRef(n)])) },
      // Every adapter depends on core: pin it to the same tarball rather than a registry version.
      overrides: { '@terrapin/core': fileRef('@terrapin/core') },
    },
    null,
    2,
  )}\n`;
  const projects = join(cacheRoot, 'projects');
  const name = `${spec.id}-${sha256(manifest).slice(0, 16)}`;
  const dir = join(projects, name);
  const started = Date.now();
  let cached = existsSync(join(dir, INSTALLED));
  if (!cached) {
    mkdirSync(projects, { recursive: true });
    const scratch = join(projects, `.${name}-${process.pid}`);
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch);
    writeFileSync(join(scratch, 'package.json'), manifest);
    const install = () =>
      run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
        cwd: scratch,
        timeout: 600_000,
        maxBuffer: 16 * 1024 * 1024,
      });
    // One more try for a registry hiccup; a second failure is the target's failure.
    await install().catch(install);
    writeFileSync(join(scratch, INSTALLED), `${new Date().toISOString()}\n`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(scratch, dir);
    for (const old of readdirSync(projects)) {
      if (old !== name && old.startsWith(`${spec.id}-`))
        rmSync(join(projects, old), { recursive: true, force: true });
    }
    cached = false;
  }
  for (const file of spec.files) cpSync(join(fixtures, file), join(dir, file), { recursive: true });
  return { dir, cached, installMs: Date.now() - started };
}
