// API reference options for this package: entry points come from package.json `exports` (see the docs-site package).
import { readFileSync } from 'node:fs';
import { packageTypedocOptions } from '../docs-site/typedoc-package.mjs';

// Types the public API refers to but deliberately does not export: the generated request schemas (their public face
// is `XxxParams`, documented) and helper types of the client's method mapping and error constructors. Listed so
// that any OTHER referenced-but-unexported type still fails the docs build.
const generated = readFileSync(new URL('src/contract/operations.generated.ts', import.meta.url), 'utf8');
const requestSchemas = [...generated.matchAll(/^const (\w+_request)\b/gm)].map((m) => m[1]);

export default {
  ...packageTypedocOptions(import.meta.url),
  intentionallyNotExported: [
    ...requestSchemas,
    'Prefixes',
    'MethodIn',
    'TopLevelMethodOf',
    'ErrorClass',
    'NetworkErrorInit',
  ],
};
