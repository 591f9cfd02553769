import { packageBuild } from '../../tsup.shared.ts';

export default packageBuild({
  index: 'src/index.ts',
  'identifiers/index': 'src/identifiers/index.ts',
  'analytics/index': 'src/analytics/index.ts',
  'docs/index': 'src/docs/index.ts',
  'otel/index': 'src/otel/index.ts',
});
