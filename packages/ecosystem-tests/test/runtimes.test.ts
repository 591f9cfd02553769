import { SMOKE_CHECKS } from '../fixtures/smoke.mjs';
import { describeTargets, type TargetSpec } from '../src/matrix';
import { sdkUserAgent, V } from '../src/versions';

const files = ['smoke.mjs', 'node-entry.mjs'];
const node = (version: string): TargetSpec => ({
  name: `Node ${version.split('.')[0]}`,
  versions: `node ${version}`,
  project: { id: `node${version.split('.')[0]}`, dependencies: { node: version }, terrapin: [], files },
  command: () => ({ command: 'node_modules/node/bin/node', args: ['node-entry.mjs'] }),
  checks: SMOKE_CHECKS,
  userAgent: sdkUserAgent(`node v${version}; linux-x64`),
});

const workerd = (flags: string[]): TargetSpec => ({
  name: `workerd${flags.length ? ` + ${flags.join(', ')}` : ''}`,
  versions: `miniflare ${V.miniflare}, esbuild ${V.esbuild}`,
  project: {
    id: 'workerd',
    dependencies: { miniflare: V.miniflare, esbuild: V.esbuild },
    terrapin: [],
    files: ['smoke.mjs', 'workerd'],
  },
  command: () => ({ command: process.execPath, args: ['workerd/run-miniflare.mjs', ...flags] }),
  checks: SMOKE_CHECKS,
  userAgent: sdkUserAgent('workerd'),
});

describeTargets('matrix-runtimes', [
  {
    name: 'Node 20',
    versions: `node ${process.versions.node} (this machine)`,
    project: { id: 'node20', dependencies: {}, terrapin: [], files },
    command: () => ({ command: process.execPath, args: ['node-entry.mjs'] }),
    checks: SMOKE_CHECKS,
    userAgent: sdkUserAgent(`node ${process.version}; ${process.platform}-${process.arch}`),
  },
  node(V.node22),
  node(V.node24),
  {
    name: 'Bun',
    versions: `bun ${V.bun}`,
    project: { id: 'bun', dependencies: { bun: V.bun }, terrapin: [], files },
    command: () => ({ command: 'node_modules/.bin/bun', args: ['node-entry.mjs'] }),
    checks: SMOKE_CHECKS,
    userAgent: sdkUserAgent(`bun ${V.bun}; linux-x64`),
  },
  {
    name: 'Deno',
    versions: `deno ${V.deno}`,
    project: { id: 'deno', dependencies: { deno: V.deno }, terrapin: [], files },
    // The least a user has to grant: the API's host and the two variables (README "Runtimes").
    command: (project, mock) => ({
      command: 'node_modules/.bin/deno',
      args: [
        'run',
        `--allow-net=127.0.0.1:${mock.port}`,
        '--allow-env=TERRAPIN_API_KEY,TERRAPIN_BASE_URL',
        'node-entry.mjs',
      ],
      env: { DENO_DIR: `${project.dir}/.deno`, DENO_NO_UPDATE_CHECK: '1' },
    }),
    checks: SMOKE_CHECKS,
    userAgent: sdkUserAgent(`deno ${V.deno}; linux-x86_64`),
  },
  workerd([]),
  workerd(['nodejs_compat']),
]);
