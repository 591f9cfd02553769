/**
 * `@terrapin/core`: the contract (operations table, schemas, types) and the client for the Terrapin Finance API.
 * @packageDocumentation
 */
export * from './client/index';
export * from './contract/index';
export * from './errors/index';
