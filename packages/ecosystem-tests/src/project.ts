import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publicPackages } from '../../../scripts/public-packages.mjs';
import { cacheRoot, sha256 } from './cache';
import type { Tarball } from './pack';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../..', import.meta.url));
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

/** A ready project directory, and how it was made ready. */
export interface Project {
  dir: string;
  /** `fresh` npm install; `cached` as it was; `refreshed` registry packages reused, our packages swapped in. */
  install: 'fresh' | 'cached' | 'refreshed';
  installMs: number;
}

/** The dependency fields of one of our packages: what decides the registry packages it pulls in. */
function dependencyFields(name: string): unknown {
  const pkg = publicPackages.find((p) => p.name === name);
  if (!pkg) throw new Error(`${name} is not a public package`);
  const m = JSON.parse(readFileSync(join(root, pkg.dir, 'package.json'), 'utf8'));
  return [m.dependencies, m.peerDependencies, m.peerDependenciesMeta, m.optionalDependencies];
}

/** Replaces node_modules/<name> by the tarball's contents, as npm would extract it. */
async function swapIn(dir: string, name: string, tarball: Tarball): Promise<void> {
  const scratch = mkdtempSync(join(dir, '.swap-'));
  try {
    await run('tar', ['-xzf', tarball.file, '-C', scratch], { timeout: 60_000 });
    const target = join(dir, 'node_modules', name);
    rmSync(target, { recursive: true, force: true });
    renameSync(join(scratch, 'package'), target);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Returns an installed project for `spec`. The cache key is what decides the registry packages in node_modules:
 * the target's exact versions and the dependency fields of our packages. A new key gets a fresh npm install of the
 * tarballs (into a scratch dir, renamed when complete, so an interrupted install is never mistaken for a finished
 * one; older copies of the same id are removed). With a known key, our packages whose tarball changed (any source
 * change) are extracted over their old copies, so a change to core does not reinstall every target.
 */
export async function prepareProject(spec: ProjectSpec, tarballs: Record<string, Tarball>): Promise<Project> {
  const ours = [...new Set(['@terrapin/core', ...spec.terrapin])];
  const tarballOf = (name: string) => {
    const tarball = tarballs[name];
    if (!tarball) throw new Error(`no tarball for ${name}`);
    return tarball;
  };
  const key = sha256(
    JSON.stringify({ dependencies: spec.dependencies, ours: ours.map((n) => [n, dependencyFields(n)]) }),
  );
  const projects = join(cacheRoot, 'projects');
  const name = `${spec.id}-${key.slice(0, 16)}`;
  const dir = join(projects, name);
  const started = Date.now();
  const wanted = Object.fromEntries(ours.map((n) => [n, tarballOf(n).sha256]));
  let install: Project['install'] = 'cached';
  if (!existsSync(join(dir, INSTALLED))) {
    install = 'fresh';
    mkdirSync(projects, { recursive: true });
    const scratch = join(projects, `.${name}-${process.pid}`);
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch);
    const manifest = {
      name: `terrapin-ecosystem-${spec.id}`,
      private: true,
      type: 'module',
      dependencies: {
        ...spec.dependencies,
        ...Object.fromEntries(ours.map((n) => [n, `file:${tarballOf(n).file}`])),
      },
      // Every adapter depends on core: pin it to the same tarball rather than a registry version.
      overrides: { '@terrapin/core': `file:${tarballOf('@terrapin/core').file}` },
    };
    writeFileSync(join(scratch, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const npmInstall = () =>
      run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
        cwd: scratch,
        timeout: 600_000,
        maxBuffer: 16 * 1024 * 1024,
      });
    // One more try for a registry hiccup; a second failure is the target's failure.
    await npmInstall().catch(npmInstall);
    writeFileSync(join(scratch, INSTALLED), `${JSON.stringify(wanted, null, 2)}\n`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(scratch, dir);
    for (const old of readdirSync(projects)) {
      if (old !== name && old.startsWith(`${spec.id}-`))
        rmSync(join(projects, old), { recursive: true, force: true });
    }
  } else {
    const installed = JSON.parse(readFileSync(join(dir, INSTALLED), 'utf8')) as Record<string, string>;
    const stale = ours.filter((n) => installed[n] !== wanted[n]);
    for (const n of stale) await swapIn(dir, n, tarballOf(n));
    if (stale.length) {
      install = 'refreshed';
      writeFileSync(join(dir, INSTALLED), `${JSON.stringify(wanted, null, 2)}\n`);
    }
  }
  for (const file of spec.files) cpSync(join(fixtures, file), join(dir, file), { recursive: true });
  return { dir, install, installMs: Date.now() - started };
}
