/**
 * `@terrapin/core`: the contract (operations table, schemas, types) and the client for the Terrapin Finance API.
 * @packageDocumentation
 */
export * from './contract/index';
