/**
 * `@terrapin/core/docs`: what the spec says about each operation (summary, description, request fields) for help
 * screens, CLIs and generated documentation. Kept out of the main entry so apps that only call the API do not ship
 * this text.
 * @example
 * import { operationDocs } from '@terrapin/core/docs';
 * operationDocs.bond_search.fields.map((f) => f.name); // ['asset_classes', 'countries', …]
 * @packageDocumentation
 */
export { operationDocs } from '../contract/operation-docs.generated';
export type { FieldMeta, OperationDoc, OperationDocs } from '../contract/types';
