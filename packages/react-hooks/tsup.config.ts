import { packageBuild } from '../../tsup.shared.ts';

// The root entry holds the hooks (client only); `/options` stays free of the directive and of React, so server
// components can prefetch with the option factories.
export default packageBuild(
  { index: 'src/index.ts', 'options/index': 'src/options/index.ts' },
  { useClient: ['index'] },
);
