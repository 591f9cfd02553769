#!/usr/bin/env node
// Consumer smoke test (issue #2, #16): pack every public package, install the tarballs into temporary projects
// outside the workspace — one project per adapter holding only that adapter and core — and import every entry point
// from ESM and from CommonJS (each resolves to its own build: `.js` for import, `.cjs` for require). Proves a user can
// install only what they need. Also: the errors' `is()` guards across an ESM and a CJS copy of core in one process
// (smoke/dual-package-errors.mjs), and a real Jest 30 run in CommonJS mode over core and the hooks (smoke/jest/,
// Jest and its dependencies installed from the registry into that consumer project, not the workspace).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  // `@terrapin/core/otel` needs the optional peer `@opentelemetry/api`, as an app that traces would have.
  { install: ['@terrapin/core'], peers: ['@opentelemetry/api@1.10.0'] },
  // Without that peer every other entry point still loads: the peer is optional for anyone not tracing.
  {
    label: 'core-without-optional-peers',
    install: ['@terrapin/core'],
    peers: [],
    entries: (all) => all.filter((e) => e !== '@terrapin/core/otel'),
  },
  // One process loads core's CJS build (require) and its ESM build (import): the error guards work across them.
  { install: ['@terrapin/mock-server'], peers: [], run: 'dual-package-errors.mjs' },
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
  // Jest users cannot require() ESM: Jest 30 in CommonJS mode runs a ts-jest TypeScript test of core against the
  // mock and a plain-JS React 19 hooks test under jsdom (smoke/jest/).
  {
    label: 'jest-30-cjs',
    install: ['@terrapin/react-hooks', '@terrapin/mock-server'],
    peers: [
      'react@19.3.1',
      'react-dom@19.3.1',
      '@tanstack/react-query@5.108.4',
      'jest@30.5.2',
      '@jest/globals@30.5.2',
      'jest-environment-jsdom@30.5.2',
      'jest-fixed-jsdom@0.0.11',
      'ts-jest@29.4.15',
      'typescript@5.9.3',
      '@types/node@20.19.43',
      '@testing-library/react@16.3.3',
      '@testing-library/dom@10.4.2',
    ],
    jest: 'jest',
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
  const allEntries = consumer.install.flatMap(entryPoints);
  const entries = consumer.entries ? consumer.entries(allEntries) : allEntries;
  const esm = entries
    .map(
      (e, i) =>
        `import * as m${i} from '${e}'; if (!Object.keys(m${i}).length) throw new Error('${e}: no exports');\n` +
        `if (!import.meta.resolve('${e}').endsWith('.js')) throw new Error('${e}: import is not the ESM build');`,
    )
    .join('\n');
  const cjs = entries
    .map(
      (e) =>
        `{ const m = require('${e}'); if (!Object.keys(m).length) throw new Error('${e}: no exports'); }\n` +
        `if (!require.resolve('${e}').endsWith('.cjs')) throw new Error('${e}: require is not the CJS build');`,
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
      console.error(`✘ ${consumer.label ?? name} ${file}\n${error.stderr ?? error.message}`);
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
  if (consumer.jest) {
    cpSync(join(root, 'scripts/smoke', consumer.jest), dir, { recursive: true });
    // Jest reports on stderr: print both streams, pass or fail, so the run's output shows every test by name.
    const jest = spawnSync('node', ['node_modules/jest/bin/jest.js', '--ci', '--verbose', '--colors=false'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    process.stdout.write(`${jest.stdout}${jest.stderr}`);
    if (jest.status !== 0) {
      failures++;
      console.error(`✘ ${consumer.label} jest exited ${jest.status ?? jest.signal}`);
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
