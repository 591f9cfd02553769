import type { OperationModel } from '../model/contract';
import type { ContractLayout, OperationDeclarations, SchemaDeclaration } from '../model/layout';
import { identifiersIn } from '../model/node';
import { emitNode } from './code';
import { docComment, generatedHeader, lineComment } from './text';

const HELPERS = ['defineOperation', 'endNotBeforeStart', 'int', 'isoDate', 'openEnum'];

/** `packages/core/src/contract/operations.generated.ts`: schemas, per-operation types and the operations table. */
export function renderOperationsModule(layout: ContractLayout): string {
  const body = [
    '// ---- Shared schemas and response records (components): unknown keys kept, nulls accepted, enums open.',
    ...layout.schemas.map(renderSchema),
    '',
    '// ---- Operations',
    ...layout.operations.map(renderOperation),
    '',
    renderTable(layout.operations.map((o) => o.op)),
    '',
    '/** Every operation name the API has, in spec order. */',
    `export const operationNames = ${JSON.stringify(layout.operations.map((o) => o.op.name))} as const;`,
  ].join('\n');
  const identifiers = new Set([
    ...layout.schemas.flatMap((d) => identifiersIn(d.node)),
    ...layout.operations.flatMap((o) => [o.request, ...(o.item ? [o.item.node] : [])].flatMap(identifiersIn)),
  ]);
  const ops = layout.operations.map((o) => o.op);
  // The table itself uses defineOperation (which derives each response schema from the item: envelope or binary).
  if (ops.length) identifiers.add('defineOperation');
  const used = HELPERS.filter((h) => identifiers.has(h));
  return [
    generatedHeader('spec/openapi.yaml'),
    "import * as z from 'zod/mini';",
    ...(identifiers.has('isValidIsin') ? ["import { isValidIsin } from '../identifiers/isin';"] : []),
    `import { ${[...used, 'type ObjectFactory'].join(', ')} } from './schema-helpers';`,
    '',
    "export { namespaces } from './namespaces.generated';",
    '',
    body,
    '',
  ].join('\n');
}

function renderSchema(decl: SchemaDeclaration): string {
  if (!decl.exported) return `const ${decl.name} = ${emitNode(decl.node)};`;
  return [
    '',
    ...(decl.description ? [docComment(decl.description)] : []),
    `export const ${decl.name} = ${emitNode(decl.node)};`,
    `export type ${decl.name} = z.infer<typeof ${decl.name}>;`,
  ].join('\n');
}

function renderOperation({ op, requestName, request, item }: OperationDeclarations): string {
  return [
    '',
    lineComment(`${op.name}: ${op.summary}`),
    `const ${requestName} = (obj: ObjectFactory) => ${emitNode(request)};`,
    ...(item
      ? [
          docComment(`One row of \`${op.name}\`'s \`data\` (${op.summary.replace(/\s+/g, ' ').trim()}).`),
          `export const ${item.name} = ${emitNode(item.node)};`,
          `export type ${item.name} = z.infer<typeof ${item.name}>;`,
        ]
      : []),
    docComment(`Request body of \`${op.name}\` as the client's method takes it (before defaults).`),
    `export type ${op.typeName}Params = z.input<ReturnType<typeof ${requestName}>>;`,
  ].join('\n');
}

function renderTable(ops: readonly OperationModel[]): string {
  const entries = ops.map((op) => {
    const facts: [string, string][] = [
      ['namespace', JSON.stringify(op.namespace)],
      ['method', JSON.stringify(op.method)],
      ['buildRequest', `${op.name}_request`],
      ['item', op.item ? op.item.name : 'null'],
      ['consumesQuota', String(op.consumesQuota)],
      ['paginated', String(op.paginated)],
      ['hasLimit', String(op.hasLimit)],
      ['isinField', JSON.stringify(op.isinField)],
      ['bodyIsArray', String(op.bodyIsArray)],
      ['acceptsCsv', String(op.acceptsCsv)],
      ['requiredFields', JSON.stringify(op.requiredFields)],
    ];
    // name and path (`/api/v1/<name>`) are filled in by defineOperation: written once, not three times.
    const lines = facts.map(([k, v]) => `    ${k}: ${v},`);
    return [`  ${op.name}: defineOperation(${JSON.stringify(op.name)}, {`, ...lines, '  }),'].join('\n');
  });
  return [
    docComment(
      "The operations table: one entry per API operation, keyed by the API's own operation name. Everything " +
        'else in the SDK (client methods, mock routes, proxy allow-list, hooks, CLI commands) is derived from it.',
    ),
    'export const operations = {',
    ...entries,
    '} as const;',
  ].join('\n');
}
