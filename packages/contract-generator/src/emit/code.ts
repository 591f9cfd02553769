import type { Node } from '../model/node';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A property key as written in code: bare when it is an identifier, quoted otherwise. */
export const propertyKey = (key: string): string => (IDENTIFIER.test(key) ? key : JSON.stringify(key));

/**
 * The code of a schema expression, on one line; Biome lays it out afterwards. The same tree always gives the same
 * text, so the text doubles as the tree's identity when looking for identical schemas.
 */
export function emitNode(node: Node): string {
  switch (node.kind) {
    case 'call': {
      const typeArg = node.typeArg === undefined ? '' : `<${JSON.stringify(node.typeArg)}>`;
      return `${node.callee}${typeArg}(${node.args.map(emitNode).join(', ')})`;
    }
    case 'check':
      return `${emitNode(node.target)}.check(${node.checks.map(emitNode).join(', ')})`;
    case 'object': {
      const fields = node.fields.map((f) => `${propertyKey(f.key)}: ${emitNode(f.value)}`);
      return `${node.factory}({${fields.length ? ` ${fields.join(', ')} ` : ''}})`;
    }
    case 'list':
      return `[${node.items.map(emitNode).join(', ')}]`;
    case 'ref':
      return node.name;
    case 'json':
      return JSON.stringify(node.value);
  }
}
