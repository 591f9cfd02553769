/**
 * A small expression tree for the zod/mini code the generator emits. The model builds these trees from the spec;
 * sharing, naming and emitting walk them. Working on trees, not on emitted text, is what lets the generator find
 * identical schemas and the identifiers they use without regular expressions over code.
 */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

export type Node =
  /** `callee<typeArgs>(args)`, e.g. `z.optional(x)`, `openEnum<["a"]>()`, `isoDate()`. */
  | {
      readonly kind: 'call';
      readonly callee: string;
      readonly typeArg?: Json;
      readonly args: readonly Node[];
    }
  /** `target.check(a, b)`. */
  | { readonly kind: 'check'; readonly target: Node; readonly checks: readonly Node[] }
  /**
   * An object schema: `z.looseObject({...})` for responses; `obj({...})` for requests, where `obj` is the factory
   * parameter that makes the table's lenient and strict request schemas from one definition.
   */
  | { readonly kind: 'object'; readonly factory: 'z.looseObject' | 'obj'; readonly fields: readonly Field[] }
  /** An array literal of schemas, e.g. the members of `z.union([a, b])`. */
  | { readonly kind: 'list'; readonly items: readonly Node[] }
  /** A named declaration: a component (`BondReference`), a shared schema, or an imported helper (`isValidIsin`). */
  | { readonly kind: 'ref'; readonly name: string }
  /** A JSON literal argument, e.g. `12`, `{ abort: true }`, an enum's values. */
  | { readonly kind: 'json'; readonly value: Json };

export interface Field {
  readonly key: string;
  readonly value: Node;
}

export const call = (callee: string, ...args: Node[]): Node => ({ kind: 'call', callee, args });
export const json = (value: Json): Node => ({ kind: 'json', value });
export const ref = (name: string): Node => ({ kind: 'ref', name });
export const checked = (target: Node, checks: Node[]): Node =>
  checks.length ? { kind: 'check', target, checks } : target;

/** The nodes directly inside `node`. */
export function children(node: Node): readonly Node[] {
  switch (node.kind) {
    case 'call':
      return node.args;
    case 'check':
      return [node.target, ...node.checks];
    case 'object':
      return node.fields.map((f) => f.value);
    case 'list':
      return node.items;
    default:
      return [];
  }
}

/** True when `node` or anything inside it satisfies `test`. */
export function some(node: Node, test: (n: Node) => boolean): boolean {
  return test(node) || children(node).some((child) => some(child, test));
}

/** A copy of `node` with every subtree for which `replace` returns a node swapped for that node. */
export function rewrite(node: Node, replace: (n: Node) => Node | undefined): Node {
  const swapped = replace(node);
  if (swapped) return swapped;
  const r = (n: Node) => rewrite(n, replace);
  switch (node.kind) {
    case 'call':
      return { ...node, args: node.args.map(r) };
    case 'check':
      return { ...node, target: r(node.target), checks: node.checks.map(r) };
    case 'object':
      return { ...node, fields: node.fields.map((f) => ({ key: f.key, value: r(f.value) })) };
    case 'list':
      return { ...node, items: node.items.map(r) };
    default:
      return node;
  }
}

/** Every function called and name referred to inside `node`: what the module must import. */
export function identifiersIn(node: Node): string[] {
  const own = node.kind === 'call' ? [node.callee] : node.kind === 'ref' ? [node.name] : [];
  const factory = node.kind === 'object' ? [node.factory] : [];
  return [...own, ...factory, ...children(node).flatMap(identifiersIn)];
}
