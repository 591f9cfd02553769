import { packageBuild } from '../../tsup.shared.ts';

export default packageBuild(
  {
    index: 'src/index.ts',
    'contract/index': 'src/contract/index.ts',
    'identifiers/index': 'src/identifiers/index.ts',
    'analytics/index': 'src/analytics/index.ts',
    'docs/index': 'src/docs/index.ts',
    'adapter-kit/index': 'src/adapter-kit/index.ts',
    'otel/index': 'src/otel/index.ts',
  },
  {
    // dist/browser/ (the `browser` export condition): pages read no environment, name no runtime and have no
    // util.inspect.
    browserSwaps: {
      'src/client/env.ts': 'src/client/env.browser.ts',
      'src/client/user-agent.ts': 'src/client/user-agent.browser.ts',
      'src/client/inspect.ts': 'src/client/inspect.browser.ts',
    },
  },
);
