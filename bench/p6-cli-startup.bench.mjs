// P6 (issue 10): CLI cold start, `terrapin --version` vs `node -e 0`, spawned alternately so machine noise hits
// both alike (two warm-up rounds first fill the OS file cache). Goal ≤ 2.5×.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { entryPath } from './lib/packages.mjs';
import { nowMs } from './lib/stats.mjs';

const PER_RUN = 10;
const WARM_UP = 2;

function spawnMs(args) {
  const start = nowMs();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = nowMs() - start;
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

export const scenario = {
  id: 'P6',
  title: 'CLI cold start',
  needs: ['cli'],
  runs: 5,
  figures: [
    {
      key: 'version',
      name: 'P6 `terrapin --version` cold start vs `node -e 0`',
      unit: 'ms',
      goal: { op: '<=', value: 2.5, of: 'ratio' },
    },
  ],
  async setup() {
    const bin = entryPath('cli');
    for (let i = 0; i < WARM_UP; i++) {
      spawnMs(['-e', '0']);
      spawnMs([bin, '--version']);
    }
    return { bin };
  },
  async measure({ bin }, run) {
    const cli = [];
    const node = [];
    for (let i = 0; i < PER_RUN; i++) {
      // Alternate which goes first, so neither side always follows the other.
      if ((i + run) % 2 === 0) {
        node.push(spawnMs(['-e', '0']));
        cli.push(spawnMs([bin, '--version']));
      } else {
        cli.push(spawnMs([bin, '--version']));
        node.push(spawnMs(['-e', '0']));
      }
    }
    const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return [{ key: 'version', value: mid(cli), baseline: mid(node), samples: cli, baselineSamples: node }];
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const context = await scenario.setup();
  console.log(await scenario.measure(context, 0));
}
