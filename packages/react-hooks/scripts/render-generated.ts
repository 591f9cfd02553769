/**
 * Renders the two generated modules of @terrapin/react-hooks from core's operations table, so that every hook and
 * options factory is a static, typed, tree-shakable named export while nothing is written per endpoint.
 * `node scripts/generate.mjs` writes them; `test/generated.test.ts` fails when they are stale.
 */
import { type AnyOperation, namespaces, type OperationName, operations } from '@terrapin/core';
import { operationDocs } from '@terrapin/core/docs';

const HEADER =
  '// GENERATED FILE — do not edit. Source: the operations table of @terrapin/core.\n' +
  '// Regenerate: node scripts/generate.mjs (in packages/react-hooks); test/generated.test.ts checks it is fresh.\n';

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const camel = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const doc = (text: string) => text.replace(/\*\//g, '*\\/').trim();

function table(): AnyOperation[] {
  return Object.values(operations as Record<string, AnyOperation>);
}

/** True for operations answered with the JSON envelope (every one but `download_document`). */
export function isQueryOperation(op: AnyOperation): boolean {
  return (op.response as { kind?: unknown }).kind !== 'binary';
}

/** `BondSearch` for `bond_search` (universe + method), `InflationFactors` for a top-level operation. */
export function baseName(op: AnyOperation): string {
  if (op.namespace === null) return pascal(op.method);
  // `Bond`, `Agency`, `Muni`: the operation-name prefix of the namespace (core's generated namespace table).
  return pascal(namespaces[op.namespace].prefix) + pascal(op.method);
}

/** Every generated hook name, in table order: `useX`, `useXSuspense`, and `useXInfinite` for paged searches. */
export function generatedHookNames(): string[] {
  return table()
    .filter(isQueryOperation)
    .flatMap((op) => {
      const base = `use${baseName(op)}`;
      return op.paginated ? [base, `${base}Suspense`, `${base}Infinite`] : [base, `${base}Suspense`];
    });
}

/** Every generated options factory name, in table order. */
export function generatedOptionsNames(): string[] {
  return table()
    .filter(isQueryOperation)
    .flatMap((op) => {
      const base = camel(baseName(op));
      return op.paginated ? [`${base}Options`, `${base}InfiniteOptions`] : [`${base}Options`];
    });
}

/** The spec's summary and description of an operation (`@terrapin/core/docs`). */
function docsOf(op: AnyOperation) {
  return operationDocs[op.name as OperationName];
}

function summary(op: AnyOperation): string {
  const quota = op.consumesQuota ? ' Counts the ISINs against the monthly data quota (CONTRACT.md §5).' : '';
  const { summary, description } = docsOf(op);
  return `${doc(summary)}: ${doc(description)}${quota} \`POST ${op.path}\`.`;
}

/** `src/hooks.generated.ts`. */
export function renderHooks(): string {
  const lines = [
    HEADER,
    "import { createInfiniteOperationHook } from './use-terrapin-infinite-query';",
    "import { createOperationHook } from './use-terrapin-query';",
    "import { createSuspenseOperationHook } from './use-terrapin-suspense-query';",
  ];
  for (const op of table().filter(isQueryOperation)) {
    const base = `use${baseName(op)}`;
    const name = JSON.stringify(op.name);
    const optionsName = `${camel(baseName(op))}Options`;
    lines.push(
      '',
      `/**\n * ${summary(op)}\n * Same query outside React: \`${optionsName}(client, params)\`.\n */`,
      `export const ${base} = /* @__PURE__ */ createOperationHook(${name});`,
      `/** Suspense variant of {@link ${base}}: \`data\` is always defined; errors go to the error boundary. */`,
      `export const ${base}Suspense = /* @__PURE__ */ createSuspenseOperationHook(${name});`,
    );
    if (op.paginated) {
      lines.push(
        `/** Paged variant of {@link ${base}}: limit/offset pages until \`total\` (\`fetchNextPage\`, \`hasNextPage\`). */`,
        `export const ${base}Infinite = /* @__PURE__ */ createInfiniteOperationHook(${name});`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `src/options/operations.generated.ts`. */
export function renderOptions(): string {
  const ops = table();
  const lines = [
    HEADER,
    "import { createInfiniteOperationOptions, createOperationOptions } from './create-operation-options';",
    '',
    '/** The universe (second query-key segment) of each operation. */',
    'export interface OperationUniverses {',
    ...ops.map((op) => `  ${op.name}: ${JSON.stringify(op.namespace ?? 'general')};`),
    '}',
    '',
    '/** Searches paged with limit/offset, which get infinite-query variants. */',
    `export type PaginatedOperationName = ${ops
      .filter((op) => op.paginated)
      .map((op) => JSON.stringify(op.name))
      .join(' | ')};`,
  ];
  for (const op of ops.filter(isQueryOperation)) {
    const base = camel(baseName(op));
    const name = JSON.stringify(op.name);
    lines.push(
      '',
      `/** Query options for \`${op.name}\` (${doc(docsOf(op).summary)}): \`useQuery(${base}Options(client, params))\`, SSR prefetch, loaders. */`,
      `export const ${base}Options = /* @__PURE__ */ createOperationOptions(${name});`,
    );
    if (op.paginated) {
      lines.push(
        `/** Infinite-query options for \`${op.name}\`, limit/offset pages until \`total\`. */`,
        `export const ${base}InfiniteOptions = /* @__PURE__ */ createInfiniteOperationOptions(${name});`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Generated files, relative to the package root. */
export const generatedFiles: Record<string, () => string> = {
  'src/hooks.generated.ts': renderHooks,
  'src/options/operations.generated.ts': renderOptions,
};
