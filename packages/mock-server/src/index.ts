/**
 * `@terrapin/mock-server`: an offline, contract-faithful Terrapin Finance API for tests and demos (the
 * stripe-mock of Terrapin). Start it with {@link createMockServer} or the `terrapin-mock` bin.
 * @packageDocumentation
 */
export { type DatasetSizes, DEFAULT_DATASET } from './data/universe';
export { createMockServer, DEFAULT_QUOTA, DEFAULT_RATE_LIMIT, DEFAULT_SEED, MOCK_API_KEY } from './server';
export {
  type DatasetInfo,
  FAULT_KINDS,
  type FaultKind,
  type FaultOptions,
  type MockServer,
  type MockServerOptions,
  type MockServerState,
  type RateLimitOptions,
  type RequestLogEntry,
  type TierOptions,
} from './types';
