#!/usr/bin/env node
// Generates, from spec/openapi.yaml:
//   packages/core/src/contract/operations.generated.ts      the runtime operations table (client, mock, proxy, hooks)
//   packages/core/src/contract/operation-docs.generated.ts  docs/CLI metadata (summaries, descriptions, request
//                                                           field facts), published as `@terrapin/core/docs`
// The split keeps text that only help screens need out of the browser bundle (bench P5).
//
// Why our own generator (TOOLCHAIN.md §15): no off-the-shelf OpenAPI→zod tool keeps unknown response keys,
// accepts null everywhere but `isin`, treats response enums as open sets, reads our `x-check`/`x-transform`
// extensions, and leaves request bodies without injected defaults. This script does exactly that, emits zod/mini
// (for the browser bundle budget), and derives every per-operation fact the SDK needs from the spec itself.
//
//   node scripts/generate-contract.mjs          write the file
//   node scripts/generate-contract.mjs --check  exit 1 when a committed file is stale (CI)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = join(root, 'spec/openapi.yaml');
const outPath = join(root, 'packages/core/src/contract/operations.generated.ts');
const docsPath = join(root, 'packages/core/src/contract/operation-docs.generated.ts');
const spec = parse(readFileSync(specPath, 'utf8'));

const pascal = (s) => s.replace(/(^|_)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const camel = (s) => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const str = (s) => JSON.stringify(s);
const refName = (ref) => ref.split('/').pop();
const indent = (text, n) => text.replace(/\n/g, `\n${' '.repeat(n)}`);

/** Request enums stay closed unless the spec's evidence says the set is open (e.g. bond_search handles). */
const isOpenEnum = (schema) => /open (string )?set/i.test(String(schema['x-evidence'] ?? ''));

// ---------------------------------------------------------------- responses: lossless and tolerant (DESIGN.md)
function responseSchema(schema) {
  if (!schema) return 'z.unknown()';
  if (schema.$ref) return refName(schema.$ref);
  if (schema.anyOf) return `z.union([${schema.anyOf.map(responseSchema).join(', ')}])`;
  switch (schema.type) {
    case 'string': {
      const known = (schema.enum ?? schema['x-known-values'] ?? []).filter((v) => v !== null);
      // Known values are a type argument only: autocomplete without shipping the lists (openEnum's TSDoc).
      return known.length ? `openEnum<${str(known)}>()` : 'z.string()';
    }
    case 'number':
    case 'integer':
      return 'z.number()';
    case 'boolean':
      return 'z.boolean()';
    case 'array':
      return `z.array(${responseSchema(schema.items)})`;
    case 'object':
    case undefined:
      if (schema.properties || schema.type === 'object') return responseObject(schema);
      return 'z.unknown()';
    default:
      throw new Error(`unsupported response type ${schema.type}`);
  }
}

function responseObject(schema) {
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties ?? {}).map(([key, prop]) => {
    const inner = responseSchema(prop);
    // Every field but `isin` may be null or absent (CONTRACT.md §2); `isin` may be absent in older rows, and is
    // null only where the spec says so (convert_to_isin: an input that resolves to no ISIN).
    let field = `z.optional(z.nullable(${inner}))`;
    if (key === 'isin') {
      const nullable = prop.nullable === true ? `z.nullable(${inner})` : inner;
      field = required.has('isin') ? nullable : `z.optional(${nullable})`;
    }
    return `${safeKey(key)}: ${hoistField(field)},`;
  });
  if (!entries.length) return 'z.looseObject({})';
  return hoist(`z.looseObject({\n  ${indent(entries.join('\n'), 2)}\n})`);
}

// Identical schemas are emitted once and shared: less code in the browser bundle, fewer objects at startup (zod
// schemas are immutable, so one instance can sit in many objects). Two kinds:
//  - field schemas used at least twice (`z.optional(z.nullable(z.string()))` is most response fields) that refer
//    to nothing but zod and the helpers imported at the top, so they can be declared first;
//  - whole records (e.g. bond and agency pricing-history rows), once their fields are shared.
// Rendering runs three times: count fields; share fields and count records; share both and keep the text.
const hoisting = {
  phase: 0,
  fieldCounts: new Map(),
  recordCounts: new Map(),
  names: new Map(),
  definitions: [],
};

function share(expr, prefix, preferred) {
  let shared = hoisting.names.get(expr);
  if (!shared) {
    const taken = [...hoisting.names.values()].filter((n) => n.startsWith(prefix)).length;
    shared = preferred ?? `${prefix}${taken + 1}`;
    hoisting.names.set(expr, shared);
    hoisting.definitions.push(`const ${shared} = ${expr};`);
  }
  return shared;
}

function hoist(expr) {
  if (hoisting.phase === 0) return expr;
  if (hoisting.phase === 1) {
    hoisting.recordCounts.set(expr, (hoisting.recordCounts.get(expr) ?? 0) + 1);
    return expr;
  }
  if ((hoisting.recordCounts.get(expr) ?? 0) < 2 || expr.length < 60) return expr;
  return share(expr, 'SharedRecord');
}

/** Only zod calls, literals and these imported helpers: such a field schema can be declared before anything else. */
const LEAF_IDENTIFIERS = new Set([
  'openEnum',
  'isoDate',
  'int',
  'isValidIsin',
  'check',
  'message',
  'abort',
  'true',
]);
function isLeaf(expr) {
  const code = expr.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\bz(?:\.[A-Za-z]+)+/g, '');
  return (code.match(/[A-Za-z_$][\w$]*/g) ?? []).every((id) => LEAF_IDENTIFIERS.has(id));
}

function hoistField(expr) {
  if (hoisting.phase === 0) {
    hoisting.fieldCounts.set(expr, (hoisting.fieldCounts.get(expr) ?? 0) + 1);
    return expr;
  }
  // A bare `z.string()` costs no more than a name; nested calls and checks are worth sharing.
  if ((hoisting.fieldCounts.get(expr) ?? 0) < 2 || !/\(.*\(/.test(expr) || !isLeaf(expr)) return expr;
  return share(expr, 'SharedField', fieldName(expr));
}

/**
 * `optionalNullableString` for `z.optional(z.nullable(z.string()))`, `isinString` for the checked ISIN; undefined
 * for other expressions with arguments (they are numbered).
 */
function fieldName(expr) {
  if (
    /^z\.string\(\)\.check\(z\.trim\(\), z\.toUpperCase\(\), z\.length\(12(?:, \{ abort: true \})?\), z\.refine\(isValidIsin\b/.test(
      expr,
    )
  )
    return 'isinString';
  if (!/^(?:(?:z\.)?[A-Za-z.]+\()+\)+$/.test(expr)) return undefined;
  const words = [...expr.matchAll(/(?:z\.)?([A-Za-z.]+)\(/g)].map((m) => camel(m[1].replace(/\./g, '_')));
  return words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
}

// ---------------------------------------------------------------- requests: typed and checked, no defaults
function requestSchema(schema, pointerChecks) {
  if (schema.$ref) throw new Error('request $ref not supported');
  switch (schema.type) {
    case 'string': {
      if (schema.enum && !isOpenEnum(schema)) return `z.enum(${str(schema.enum.filter((v) => v !== null))})`;
      const checks = [];
      if (schema['x-transform'] === 'upcase') checks.push('z.trim()', 'z.toUpperCase()');
      if (schema.format === 'date') {
        // isoDate() rejects impossible dates (2023-02-29) as well as bad shapes, like z.iso.date() but smaller
        // (schema-helpers.ts).
        return checks.length ? `isoDate().check(${checks.join(', ')})` : 'isoDate()';
      }
      // A wrong length ends the checks (`abort`): "must be 12 characters" alone says it; a check-digit complaint
      // about the same string would only be noise at the same pointer.
      const abortAfter = schema['x-check'] ? ', { abort: true }' : '';
      if (schema.minLength !== undefined && schema.minLength === schema.maxLength)
        checks.push(`z.length(${schema.minLength}${abortAfter})`);
      else {
        if (schema.minLength !== undefined) checks.push(`z.minLength(${schema.minLength})`);
        if (schema.maxLength !== undefined) checks.push(`z.maxLength(${schema.maxLength})`);
      }
      if (schema['x-check'] === 'valid_check_digit') {
        checks.push(
          `z.refine(isValidIsin, { message: ${str(schema['x-check-error'] ?? 'Invalid ISIN check digit')} })`,
        );
      }
      return checks.length ? `z.string().check(${checks.join(', ')})` : 'z.string()';
    }
    case 'number':
    case 'integer': {
      const checks = [];
      if (schema.minimum !== undefined) checks.push(`z.gte(${schema.minimum})`);
      if (schema.maximum !== undefined) checks.push(`z.lte(${schema.maximum})`);
      // int() is z.int() without zod's number-format machinery (schema-helpers.ts).
      const base = schema.type === 'integer' ? 'int()' : 'z.number()';
      return checks.length ? `${base}.check(${checks.join(', ')})` : base;
    }
    case 'boolean':
      return 'z.boolean()';
    case 'array': {
      const items = schema.items ?? {};
      // x-check/x-transform sometimes sit on the array instead of its items; they always mean the items.
      const itemSchema = { ...items };
      for (const k of ['x-check', 'x-check-error', 'x-transform'])
        if (schema[k] && !items[k]) itemSchema[k] = schema[k];
      const checks = [];
      if (schema.minItems !== undefined) checks.push(`z.minLength(${schema.minItems})`);
      if (schema.maxItems !== undefined) checks.push(`z.maxLength(${schema.maxItems})`);
      const base = `z.array(${hoistField(requestSchema(itemSchema, pointerChecks))})`;
      return checks.length ? `${base}.check(${checks.join(', ')})` : base;
    }
    case 'object':
      return requestObject(schema);
    default:
      return 'z.unknown()';
  }
}

const DATE_ORDER_ERROR = 'end_date must be greater than or equal to start_date';

function requestObject(schema) {
  const required = new Set(schema.required ?? []);
  const refinements = [];
  const entries = Object.entries(schema.properties ?? {}).map(([key, raw]) => {
    const prop = asIsinField(key, raw);
    if (prop['x-check'] === 'end_date_gte_start_date')
      refinements.push([key, prop['x-check-error'] ?? DATE_ORDER_ERROR]);
    const inner = requestSchema(prop);
    return `${safeKey(key)}: ${hoistField(required.has(key) ? inner : `z.optional(${inner})`)},`;
  });
  // The spec states `end_date >= start_date` (x-check) for the bond and agency pricing histories only, but every
  // request with both `start_date` and `end_date` (muni_pricing_history, inflation_factors, muni_stats_*) gets the
  // same check: a reversed window is nonsense, rejecting it before the call spends no quota or rate-limit slot,
  // and the mock server (which validates with this table) and the client then agree on what is a 422.
  const props = schema.properties ?? {};
  if (props.start_date && props.end_date && !refinements.some(([key]) => key === 'end_date'))
    refinements.push(['end_date', DATE_ORDER_ERROR]);
  let out = `obj({\n  ${indent(entries.join('\n'), 2)}\n})`;
  for (const [key, message] of refinements) {
    const startKey = key.replace(/^end/, 'start');
    out += `.check(endNotBeforeStart(${str(startKey)}, ${str(key)}, ${str(message)}))`;
  }
  return out;
}

/**
 * A field named `isin`/`isins` holds ISINs even where a partial page of the docs lost its `x-check`
 * (muni_search.isins): the server checks every ISIN, so we do too, and upper-case like the server.
 */
function asIsinField(key, prop) {
  const isinCheck = {
    'x-check': 'valid_check_digit',
    'x-check-error': 'Invalid ISIN check digit',
    'x-transform': 'upcase',
  };
  if (key === 'isin' && prop.type === 'string') return { ...isinCheck, ...prop };
  if (key === 'isins' && prop.type === 'array' && prop.items?.type === 'string')
    return { ...prop, items: { ...isinCheck, ...prop.items } };
  return prop;
}

const safeKey = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : str(k));

// ---------------------------------------------------------------- field metadata for CLI flags and docs
function fieldMeta(schema) {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, prop]) => {
    const meta = { name, type: prop.type ?? 'unknown', required: required.has(name) };
    if (prop.type === 'array') meta.items = prop.items?.type ?? 'unknown';
    if (prop.format === 'date' || prop.items?.format === 'date') meta.format = 'date';
    const isinLike =
      prop['x-check'] === 'valid_check_digit' || prop.items?.['x-check'] === 'valid_check_digit';
    if (isinLike) meta.format = 'isin';
    const values = prop.enum ?? prop.items?.enum;
    if (values) meta.enum = values.filter((v) => v !== null);
    if (prop.minimum !== undefined) meta.minimum = prop.minimum;
    if (prop.maximum !== undefined) meta.maximum = prop.maximum;
    if (prop.description) meta.description = prop.description.replace(/\s+/g, ' ').trim();
    return meta;
  });
}

// ---------------------------------------------------------------- derived per-operation facts
const quotaGlobs = spec['x-contract-notes'].quotas.consumes_data_quota.map(
  (glob) => new RegExp(`^${glob.replace(/\*/g, '.*')}$`),
);
const namespaceOf = (name) =>
  name.startsWith('bond_')
    ? ['bonds', name.slice(5)]
    : name.startsWith('agency_')
      ? ['agency', name.slice(7)]
      : name.startsWith('muni_')
        ? ['munis', name.slice(5)]
        : [null, name];

// Components used by responses, emitted in dependency order.
const components = spec.components.schemas;
const emitted = new Set(['ErrorEnvelope', 'ErrorObject']);
const componentOrder = [];
function visitRefs(schema) {
  if (!schema || typeof schema !== 'object') return;
  if (schema.$ref) {
    const name = refName(schema.$ref);
    if (!emitted.has(name)) {
      emitted.add(name);
      visitRefs(components[name]);
      componentOrder.push(name);
    }
    return;
  }
  for (const value of Object.values(schema)) visitRefs(value);
}

const ops = [];
for (const [path, item] of Object.entries(spec.paths)) {
  const op = item.post;
  const name = path.replace('/api/v1/', '');
  const body = op.requestBody.content['application/json'].schema;
  const ok = op.responses['200'].content;
  const json = ok['application/json']?.schema;
  visitRefs(json);
  const [namespace, rest] = namespaceOf(name);
  const props = body.type === 'array' ? {} : (body.properties ?? {});
  const isinProp = props.isins ? 'isins' : props.isin ? 'isin' : null;
  ops.push({
    name,
    path,
    namespace,
    method: camel(rest),
    summary: op.summary,
    description: (op.description ?? '').replace(/\s+/g, ' ').trim(),
    body,
    json,
    binary: !json,
    csv: Boolean(ok['text/csv']) || (op.parameters ?? []).some((p) => p.name === 'Accept'),
    consumesQuota: quotaGlobs.some((re) => re.test(name)),
    paginated: Boolean(props.limit && props.offset),
    limitField: Boolean(props.limit),
    isinField: isinProp,
    bodyIsArray: body.type === 'array',
  });
}

// ---------------------------------------------------------------- emit
function render() {
  const lines = [];
  lines.push(
    '// GENERATED FILE — do not edit. Source: spec/openapi.yaml. Regenerate: pnpm generate (CI runs pnpm check:generated).',
    '/* eslint-disable */',
    "import * as z from 'zod/mini';",
    "import { isValidIsin } from '../identifiers/isin';",
    "import { binaryResponse, defineOperation, endNotBeforeStart, envelope, int, isoDate, openEnum, type ObjectFactory } from './schema-helpers';",
    '',
    '// ---- Response record schemas (components): unknown keys kept, nulls accepted, enums open.',
  );
  for (const name of componentOrder) {
    const desc = components[name].description;
    if (desc) lines.push(`/** ${desc.replace(/\s+/g, ' ').trim()} */`);
    lines.push(`export const ${name} = ${responseSchema({ ...components[name], $ref: undefined })};`);
    lines.push(`export type ${name} = z.infer<typeof ${name}>;`, '');
  }

  lines.push('// ---- Operations');
  for (const op of ops) {
    const P = pascal(op.name);
    lines.push(`// ${op.name}: ${op.summary}`);
    lines.push(
      `const ${op.name}_request = (obj: ObjectFactory) => ${op.bodyIsArray ? requestSchema(op.body) : requestObject(op.body)};`,
    );
    if (!op.binary) {
      const itemSchema = op.json.properties.data.items;
      if (itemSchema.$ref) op.itemName = refName(itemSchema.$ref);
      else {
        op.itemName = componentOrder.includes(`${P}Item`) ? `${P}Result` : `${P}Item`;
        lines.push(
          `/** One row of \`${op.name}\`'s \`data\` (${op.summary.replace(/\s+/g, ' ').trim()}). */`,
        );
        lines.push(`export const ${op.itemName} = ${responseSchema(itemSchema)};`);
        lines.push(`export type ${op.itemName} = z.infer<typeof ${op.itemName}>;`);
      }
    }
    lines.push(`/** Request body of \`${op.name}\` as the client's method takes it (before defaults). */`);
    lines.push(`export type ${P}Params = z.input<ReturnType<typeof ${op.name}_request>>;`, '');
  }

  lines.push(
    '/**',
    " * The operations table: one entry per API operation, keyed by the API's own operation name. Everything else in",
    ' * the SDK (client methods, mock routes, proxy allow-list, hooks, CLI commands) is derived from it.',
    ' */',
  );
  lines.push('export const operations = {');
  for (const op of ops) {
    const required = op.bodyIsArray ? [] : (op.body.required ?? []);
    // name and path (`/api/v1/<name>`) are filled in by defineOperation: written once, not three times.
    if (op.path !== `/api/v1/${op.name}`)
      throw new Error(`${op.path}: operation paths must be /api/v1/<name>`);
    lines.push(`  ${op.name}: defineOperation(${str(op.name)}, {`);
    lines.push(`    namespace: ${str(op.namespace)},`);
    lines.push(`    method: ${str(op.method)},`);
    lines.push(`    buildRequest: ${op.name}_request,`);
    if (op.binary) {
      lines.push('    response: binaryResponse,', '    item: null,');
    } else {
      lines.push(`    response: envelope(${op.itemName}),`, `    item: ${op.itemName},`);
    }
    lines.push(`    consumesQuota: ${op.consumesQuota},`);
    lines.push(`    paginated: ${op.paginated},`);
    lines.push(`    hasLimit: ${op.limitField},`);
    lines.push(`    isinField: ${str(op.isinField)},`);
    lines.push(`    bodyIsArray: ${op.bodyIsArray},`);
    lines.push(`    acceptsCsv: ${op.csv},`);
    lines.push(`    requiredFields: ${str(required)},`);
    lines.push('  }),');
  }
  lines.push('} as const;', '');
  lines.push('/** Every operation name the API has, in spec order. */');
  lines.push(`export const operationNames = ${str(ops.map((o) => o.name))} as const;`, '');

  return lines;
}

/** The docs/CLI module: what help screens and generated docs show, never needed to make a call. */
function renderDocs() {
  const lines = [
    '// GENERATED FILE — do not edit. Source: spec/openapi.yaml. Regenerate: pnpm generate (CI runs pnpm check:generated).',
    '/* eslint-disable */',
    "import type { OperationDocs } from './types';",
    '',
    '/**',
    " * Documentation of every operation, keyed like the operations table: the spec's summary and description, and one",
    ' * entry per request field (type, format, enum, range, whether required, description). The CLI builds its commands,',
    ' * flags and help from it; generated docs (hook TSDoc) quote it. It lives apart from the operations table so that',
    ' * apps calling the API do not ship this text: import it from `@terrapin/core/docs`.',
    ' */',
    'export const operationDocs: OperationDocs = {',
  ];
  for (const op of ops) {
    const fields = op.bodyIsArray ? [] : fieldMeta(op.body);
    lines.push(`  ${op.name}: {`);
    lines.push(`    summary: ${str(op.summary)},`);
    lines.push(`    description: ${str(op.description)},`);
    if (fields.length) {
      lines.push('    fields: [');
      for (const field of fields) lines.push(`      ${str(field)},`);
      lines.push('    ],');
    } else lines.push('    fields: [],');
    lines.push('  },');
  }
  lines.push('};', '');
  return lines.join('\n');
}

render();
hoisting.phase = 1;
render();
hoisting.phase = 2;
const lines = render();
// Shared fields and records go right after the imports, before anything that uses them.
lines.splice(
  lines.indexOf(
    '// ---- Response record schemas (components): unknown keys kept, nulls accepted, enums open.',
  ),
  0,
  ...hoisting.definitions,
  '',
);
const outputs = [
  [outPath, `${lines.join('\n')}\n`],
  [docsPath, renderDocs()],
];
if (process.argv.includes('--check')) {
  let stale = 0;
  for (const [path, output] of outputs) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {}
    if (current !== output) {
      stale++;
      console.error(`${path} is stale: run \`pnpm generate\` and commit the result.`);
    }
  }
  if (stale) process.exit(1);
  console.log(`generated contract is up to date (${ops.length} operations)`);
} else {
  for (const [path, output] of outputs) writeFileSync(path, output);
  console.log(
    `wrote ${outPath} (${ops.length} operations, ${componentOrder.length} record schemas) and ${docsPath}`,
  );
}
