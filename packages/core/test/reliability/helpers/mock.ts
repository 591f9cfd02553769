// The mock API for the reliability suite. Core cannot list @terrapin/mock-server as a devDependency (the mock
// depends on core: the workspace graph would have a cycle), so the suite imports the mock's source directly;
// its own `@terrapin/core` import resolves to core's src through the `@terrapin/source` condition.
export {
  createMockServer,
  type FaultKind,
  MOCK_API_KEY,
  type MockServer,
} from '../../../../mock-server/src/index';
