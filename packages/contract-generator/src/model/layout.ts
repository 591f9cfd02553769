import type { ContractModel, OperationModel } from './contract';
import { getKnown } from './maps';
import { nameShared } from './naming';
import { children, type Node, ref, rewrite } from './node';
import { type Declaration, shareSchemas, usagesOf } from './share';

/** A schema declared at the top of the module: shared (`const`) or a component (`export const`). */
export interface SchemaDeclaration {
  name: string;
  node: Node;
  exported: boolean;
  description?: string;
}

/** One operation's declarations: its request builder and, for an inline item, the item schema. */
export interface OperationDeclarations {
  op: OperationModel;
  requestName: string;
  request: Node;
  item?: { name: string; node: Node };
}

export interface ContractLayout {
  /** Shared schemas and components, each after the declarations it refers to. */
  schemas: SchemaDeclaration[];
  operations: OperationDeclarations[];
}

/** Names the module declares or imports besides the shared schemas. */
const MODULE_NAMES = [
  'z',
  'isValidIsin',
  'binaryResponse',
  'defineOperation',
  'endNotBeforeStart',
  'envelope',
  'int',
  'isoDate',
  'openEnum',
  'ObjectFactory',
  'operations',
  'operationNames',
  'namespaces',
];

/**
 * Decides what the operations module declares and in which order: shares identical schemas (`shareSchemas`), names
 * them (`nameShared`), and orders the declarations so that each comes after what it refers to — shared schemas
 * that need no component first, as one block.
 */
export function layoutContract(model: ContractModel): ContractLayout {
  const requestName = (op: OperationModel) => `${op.name}_request`;
  const roots: Declaration[] = [
    ...model.components.map((c) => ({ name: c.name, node: c.schema })),
    ...model.operations.flatMap((op) => [
      { name: requestName(op), node: op.request },
      ...(op.item?.inline ? [{ name: op.item.name, node: op.item.inline }] : []),
    ]),
  ];
  const { roots: sharedRoots, shared } = shareSchemas(roots);
  const taken = new Set([
    ...MODULE_NAMES,
    ...roots.map((r) => r.name),
    ...model.operations.map((op) => `${op.typeName}Params`),
  ]);
  const names = nameShared(shared, usagesOf(sharedRoots, shared), taken);
  const rename = (node: Node) =>
    rewrite(node, (n) => (n.kind === 'ref' && names.has(n.name) ? ref(getKnown(names, n.name)) : undefined));
  const byName = new Map(sharedRoots.map((r) => [r.name, rename(r.node)]));
  const sharedDecls = new Map(
    shared.map((s) => [getKnown(names, s.id), { node: rename(s.node), exported: false }]),
  );
  const componentDecls = new Map(
    model.components.map((c) => [
      c.name,
      {
        node: getKnown(byName, c.name),
        exported: true,
        ...(c.description ? { description: c.description } : {}),
      },
    ]),
  );
  const operations = model.operations.map((op) => ({
    op,
    requestName: requestName(op),
    request: getKnown(byName, requestName(op)),
    ...(op.item?.inline ? { item: { name: op.item.name, node: getKnown(byName, op.item.name) } } : {}),
  }));
  return { schemas: orderSchemas(sharedDecls, componentDecls, operations), operations };
}

/** Names referred to anywhere inside `node`, in order of appearance. */
function refsIn(node: Node): string[] {
  if (node.kind === 'ref') return [node.name];
  return children(node).flatMap(refsIn);
}

function orderSchemas(
  shared: ReadonlyMap<string, Omit<SchemaDeclaration, 'name'>>,
  components: ReadonlyMap<string, Omit<SchemaDeclaration, 'name'>>,
  operations: readonly OperationDeclarations[],
): SchemaDeclaration[] {
  const all = new Map([...shared, ...components]);
  const deps = (name: string) =>
    refsIn(all.get(name)?.node ?? { kind: 'list', items: [] }).filter((n) => all.has(n));
  const needsComponent = (name: string, seen = new Set<string>()): boolean =>
    deps(name).some((d) => components.has(d) || (!seen.has(d) && needsComponent(d, seen.add(d))));
  const out: SchemaDeclaration[] = [];
  const placed = new Set<string>();
  const place = (name: string): void => {
    if (placed.has(name)) return;
    placed.add(name);
    for (const dep of deps(name)) place(dep);
    out.push({ name, ...getKnown(all, name) });
  };
  // Shared schemas in order of first use (depth first, a schema's parts before it), leaves first, as one block;
  // then components, with any shared schema that needs one just before its first use.
  const firstUse: string[] = [];
  const visit = (node: Node): void => {
    for (const name of refsIn(node)) {
      const decl = shared.get(name);
      if (!decl || firstUse.includes(name)) continue;
      visit(decl.node);
      firstUse.push(name);
    }
  };
  for (const node of [
    ...[...components.values()].map((c) => c.node),
    ...operations.flatMap((o) => [o.request, ...(o.item ? [o.item.node] : [])]),
  ])
    visit(node);
  for (const name of firstUse) if (shared.has(name) && !deps(name).length) place(name);
  for (const name of firstUse) if (shared.has(name) && !needsComponent(name)) place(name);
  for (const name of components.keys()) place(name);
  for (const name of firstUse) if (shared.has(name)) place(name);
  return out;
}
