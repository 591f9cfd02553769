// Next.js App Router readiness of a built package (issue #16), checked on the files we publish:
// - a client entry's first statement is the `'use client'` directive (a directive later in the file, or after an
//   import, is ignored by Next.js and the hooks would then crash inside a server component);
// - a server-safe entry, and every file it loads, carries no `'use client'` and imports no React, so a server
//   component can import it.
// Parsed with TypeScript's parser (a root devDependency), not with regular expressions.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** Packages a server-safe entry must not load at runtime. */
const CLIENT_ONLY = ['react', 'react-dom', '@tanstack/react-query'];

const parse = (file) =>
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);

const directiveOf = (statement) =>
  statement && ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)
    ? statement.expression.text
    : undefined;

/** Directives in the file's prologue (the leading string-literal statements). */
function prologue(source) {
  const found = [];
  for (const statement of source.statements) {
    const directive = directiveOf(statement);
    if (directive === undefined) break;
    found.push(directive);
  }
  return found;
}

/** Module specifiers a built file loads at runtime: static imports/re-exports, `import()`, `require()`. */
function specifiers(source) {
  const out = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      out.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      out.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Problems with a client entry: empty when its first statement is `'use client'`. */
export function checkClientEntry(file) {
  const first = directiveOf(parse(file).statements[0]);
  return first === 'use client'
    ? []
    : [`${file}: first statement is not 'use client' (found ${first ?? 'code'})`];
}

/** Problems with a server-safe entry: any file in its graph with `'use client'`, or a runtime React import. */
export function checkServerSafeEntry(file) {
  const problems = [];
  const seen = new Set();
  const walk = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const source = parse(path);
    if (prologue(source).includes('use client')) problems.push(`${path}: has 'use client'`);
    for (const specifier of specifiers(source)) {
      if (specifier.startsWith('.')) walk(join(dirname(path), specifier));
      else if (CLIENT_ONLY.some((name) => specifier === name || specifier.startsWith(`${name}/`))) {
        problems.push(`${path}: imports ${specifier}`);
      }
    }
  };
  walk(file);
  return { problems, files: [...seen].map((f) => relative(dirname(file), f)) };
}
