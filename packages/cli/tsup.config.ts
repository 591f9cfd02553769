import { packageBuild } from '../../tsup.shared.ts';

export default packageBuild(
  { index: 'src/index.ts' },
  // The `terrapin` command inlines core and its ESM dependencies: its first answer is mostly module loading (P6).
  { bundledBins: { entry: { bin: 'src/bin.ts' }, inline: [/^@terrapin\//, /^zod(\/|$)/, /^ky$/] } },
);
