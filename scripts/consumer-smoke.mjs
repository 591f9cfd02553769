#!/usr/bin/env node
// Consumer smoke test (issue #2): pack every public package, install the tarballs into temporary projects outside
// the workspace — one project per adapter holding only that adapter and core — and import every entry point from
// ESM and from CommonJS (`require` of ESM, Node ≥ 20.19). Proves a user can install only what they need.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicPackages } from './public-packages.mjs';

const root = join(fileURLToPath(import.meta.url), '../..');
const work = mkdtempSync(join(tmpdir(), 'terrapin-smoke-'));
const packs = join(work, 'packs');
mkdirSync(packs);

const tarballs = {};
for (const pkg of publicPackages) {
  execFileSync('pnpm', ['pack', '--pack-destination', packs], { cwd: join(root, pkg.dir), stdio: 'pipe' });
}
for (const file of readdirSync(packs)) {
  const pkg = publicPackages.find((p) => file.startsWith(`${p.name.replace('@', '').replace('/', '-')}-`));
  if (pkg) tarballs[pkg.name] = join(packs, file);
}

const manifestOf = (name) =>
  JSON.parse(
    readFileSync(join(root, publicPackages.find((p) => p.name === name).dir, 'package.json'), 'utf8'),
  );

const entryPoints = (name) => {
  return Object.keys(manifestOf(name).exports)
    .filter((k) => k !== './package.json')
    .map((k) => (k === '.' ? name : `${name}/${k.slice(2)}`));
};

const binsOf = (name) => Object.keys(manifestOf(name).bin ?? {});

// Each consumer installs one package (plus core, which it depends on) and the peers a real app would have.
const consumers = [
  { install: ['@terrapin/core'], peers: [] },
  { install: ['@terrapin/mock-server'], peers: [] },
  { install: ['@terrapin/react-hooks'], peers: ['react@19.3.1', '@tanstack/react-query@5.108.4'] },
  // `@terrapin/express-middleware/redis` needs the optional peer `redis`, as an app using it would have.
  { install: ['@terrapin/express-middleware'], peers: ['express@5.3.0', 'redis@5.12.1'] },
  { install: ['@terrapin/cli'], peers: [] },
  // Express 4 is in the peer range (^4.21 || ^5) but the suite runs on Express 5: run a real Express 4 app here.
  {
    label: 'express-4-app',
    install: ['@terrapin/express-middleware', '@terrapin/mock-server'],
    peers: ['express@4.22.3', 'redis@5.12.1'],
    run: 'express4-app.mjs',
  },
];

let failures = 0;
for (const consumer of consumers) {
  const name = consumer.install[0];
  const dir = join(work, (consumer.label ?? name).replace('/', '__'));
  mkdirSync(dir);
  const deps = Object.fromEntries(
    [...new Set([...consumer.install, '@terrapin/core'])].map((n) => [n, `file:${tarballs[n]}`]),
  );
  for (const peer of consumer.peers) {
    const at = peer.lastIndexOf('@');
    deps[peer.slice(0, at)] = peer.slice(at + 1);
  }
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'consumer',
        private: true,
        dependencies: deps,
        overrides: { '@terrapin/core': `file:${tarballs['@terrapin/core']}` },
      },
      null,
      2,
    ),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    stdio: 'inherit',
  });
  const entries = consumer.install.flatMap(entryPoints);
  const esm = entries
    .map(
      (e, i) =>
        `import * as m${i} from '${e}'; if (!Object.keys(m${i}).length) throw new Error('${e}: no exports');`,
    )
    .join('\n');
  const cjs = entries
    .map(
      (e) =>
        `{ const m = require('${e}'); if (!Object.keys(m).length) throw new Error('${e}: no exports'); }`,
    )
    .join('\n');
  writeFileSync(join(dir, 'esm.mjs'), `${esm}\nconsole.log('esm ok: ${entries.join(', ')}');\n`);
  writeFileSync(join(dir, 'cjs.cjs'), `${cjs}\nconsole.log('cjs ok: ${entries.join(', ')}');\n`);
  for (const file of ['esm.mjs', 'cjs.cjs']) {
    try {
      process.stdout.write(
        execFileSync('node', [file], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
      );
    } catch (error) {
      failures++;
      console.error(`✘ ${name} ${file}\n${error.stderr ?? error.message}`);
    }
  }
  // Commands: every `bin` the package declares runs from node_modules/.bin, as `npx terrapin …` would.
  for (const command of binsOf(name)) {
    try {
      const version = execFileSync(join(dir, 'node_modules/.bin', command), ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }).trim();
      console.log(`bin ok: ${command} --version → ${version}`);
    } catch (error) {
      failures++;
      console.error(`✘ ${name} bin ${command}\n${error.stderr ?? error.message}`);
    }
  }
  if (consumer.run) {
    writeFileSync(join(dir, consumer.run), readFileSync(join(root, 'scripts/smoke', consumer.run)));
    try {
      process.stdout.write(
        execFileSync('node', [consumer.run], {
          cwd: dir,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      );
    } catch (error) {
      failures++;
      console.error(
        `✘ ${consumer.label} ${consumer.run}\n${error.stdout ?? ''}${error.stderr ?? error.message}`,
      );
    }
  }
  const installed = readdirSync(join(dir, 'node_modules/@terrapin'));
  console.log(`  ${name}: node_modules/@terrapin holds only [${installed.join(', ')}]`);
}
rmSync(work, { recursive: true, force: true });
if (failures) {
  console.error(`consumer smoke: ${failures} failure(s)`);
  process.exit(1);
}
console.log(
  `consumer smoke: ${consumers.length} consumer projects import every entry point from ESM and CJS, run every bin, ` +
    'and an Express 4 app runs the middleware',
);
