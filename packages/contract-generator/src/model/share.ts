import { emitNode } from '../emit/code';
import { children, type Node, ref, rewrite, some } from './node';

/** A top-level declaration whose schema may contain shareable parts. */
export interface Declaration {
  name: string;
  node: Node;
}

/** Where a schema occurs: what the naming rules read. */
export interface Usage {
  /** The declaration it occurs in. */
  owner: string;
  /** `property`: a field's value; `item`: an array's items; `member`: a union member; `root`: a whole declaration. */
  position: 'root' | 'property' | 'item' | 'member' | 'argument';
  /** The nearest property key: the field's, or the key of the array or union it sits in. */
  property?: string;
}

interface Occurrence extends Usage {
  node: Node;
  code: string;
  /** The whole value of a field, an array's items or a declaration (not a part of one, such as a wrapped type). */
  whole: boolean;
}

/** The helpers a schema may call and still be declared before everything else (zod calls aside). */
const HELPERS = new Set(['isValidIsin']);
const WRAPPERS = new Set(['z.optional', 'z.nullable']);

// Trees are immutable, so a node's code can be cached on the node.
const codes = new WeakMap<Node, string>();
function codeOf(node: Node): string {
  let code = codes.get(node);
  if (code === undefined) {
    code = emitNode(node);
    codes.set(node, code);
  }
  return code;
}

/** Every schema inside `decl`, with where it occurs. */
function occurrences(decl: Declaration, isDefinition: boolean): Occurrence[] {
  const found: Occurrence[] = [];
  const walk = (
    node: Node,
    position: Usage['position'],
    property: string | undefined,
    whole = false,
  ): void => {
    const usage = { owner: decl.name, position, ...(property ? { property } : {}) };
    found.push({ node, code: codeOf(node), whole, ...usage });
    switch (node.kind) {
      case 'call': {
        const childPosition =
          node.callee === 'z.array'
            ? 'item'
            : node.callee === 'z.union'
              ? 'member'
              : WRAPPERS.has(node.callee)
                ? position
                : 'argument';
        for (const arg of node.args) {
          if (arg.kind === 'list') for (const item of arg.items) walk(item, childPosition, property);
          else walk(arg, childPosition, property, childPosition === 'item');
        }
        return;
      }
      case 'check':
        walk(node.target, position, property);
        for (const c of node.checks) walk(c, 'argument', property);
        return;
      case 'object':
        for (const f of node.fields) walk(f.value, 'property', f.key, true);
        return;
      case 'list':
        for (const item of node.items) walk(item, position, property);
        return;
      default:
        return;
    }
  };
  walk(decl.node, isDefinition ? 'argument' : 'root', undefined, !isDefinition);
  // A shared definition's own top node is not a use of itself.
  return isDefinition ? found.slice(1) : found;
}

/** Response records worth a name: two fields or more (a one-field record costs about what its name does). */
const isRecord = (node: Node) =>
  node.kind === 'object' && node.factory === 'z.looseObject' && node.fields.length >= 2;

/**
 * Field schemas worth a name: calls with arguments (a bare `z.string()` costs no more than a name) made of zod and
 * the imported helpers only, so they can be declared before anything else.
 */
const isLeafField = (node: Node) =>
  (node.kind === 'check' || (node.kind === 'call' && node.args.length > 0)) &&
  !some(node, (n) => n.kind === 'object' || (n.kind === 'ref' && !HELPERS.has(n.name)));

const counts = (o: Occurrence) =>
  isRecord(o.node) || (isLeafField(o.node) && (o.position === 'property' || o.position === 'item'));

export interface Shared {
  /** A placeholder until `nameShared` names it. */
  id: string;
  node: Node;
  kind: 'record' | 'field';
}

/**
 * Finds identical schemas used twice or more and declares each once: less code in the browser bundle and fewer
 * objects at startup (zod schemas are immutable, so one instance can sit in many places). Greedy, largest first:
 * a schema inside a shared record counts once, however often the record is used.
 * @returns the declarations with shared parts replaced by references (`#shared0`…), and the shared definitions.
 */
export function shareSchemas(roots: readonly Declaration[]): { roots: Declaration[]; shared: Shared[] } {
  let current = [...roots];
  const shared: Shared[] = [];
  for (;;) {
    const defs = shared.map((s) => ({ name: s.id, node: s.node }));
    const all = [
      ...current.flatMap((d) => occurrences(d, false)),
      ...defs.flatMap((d) => occurrences(d, true)),
    ].filter(counts);
    const tally = new Map<string, Occurrence[]>();
    for (const o of all) tally.set(o.code, [...(tally.get(o.code) ?? []), o]);
    // One level of names: where a part of a field is also used on its own, the part is shared and the whole is
    // not (naming `z.array(isinString)` as well made the gzipped browser bundle bigger, not smaller).
    const usedAlone = (list: Occurrence[]) => {
      const [first] = list;
      return (
        first !== undefined &&
        isLeafField(first.node) &&
        descendants(first.node).some((part) => {
          const uses = tally.get(codeOf(part)) ?? [];
          return uses.length > list.length && uses.some((o) => o.whole);
        })
      );
    };
    const best = [...tally.values()]
      .filter((list) => list.length >= 2 && !usedAlone(list))
      .sort((a, b) => (b[0]?.code.length ?? 0) - (a[0]?.code.length ?? 0))[0]?.[0];
    if (!best) break;
    const id = `#shared${shared.length}`;
    const swap = (node: Node) => (codeOf(node) === best.code ? ref(id) : undefined);
    current = current.map((d) => ({ name: d.name, node: rewrite(d.node, swap) }));
    for (const s of shared) s.node = rewriteInside(s.node, swap);
    shared.push({ id, node: best.node, kind: isRecord(best.node) ? 'record' : 'field' });
  }
  return { roots: current, shared };
}

/** Every node strictly inside `node`. */
function descendants(node: Node): Node[] {
  return children(node).flatMap((child) => [child, ...descendants(child)]);
}

/** Rewrites the inside of a definition, never the definition itself. */
function rewriteInside(node: Node, swap: (n: Node) => Node | undefined): Node {
  return rewrite(node, (n) => (n === node ? undefined : swap(n)));
}

/** Every use of each shared definition, after sharing (what the names are derived from). */
export function usagesOf(roots: readonly Declaration[], shared: readonly Shared[]): Map<string, Usage[]> {
  const usages = new Map<string, Usage[]>(shared.map((s) => [s.id, []]));
  const decls = [
    ...roots.map((d) => occurrences(d, false)),
    ...shared.map((s) => occurrences({ name: s.id, node: s.node }, true)),
  ];
  for (const o of decls.flat()) {
    if (o.node.kind !== 'ref') continue;
    const { owner, position, property } = o;
    usages.get(o.node.name)?.push({ owner, position, ...(property ? { property } : {}) });
  }
  return usages;
}
