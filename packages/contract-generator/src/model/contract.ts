import { refName } from '../spec/read-spec';
import type { SchemaObject, Spec } from '../spec/types';
import { type FieldDoc, fieldDocs, oneLine } from './field-docs';
import { type NamespaceModel, namespacesOf, placeOperation } from './namespaces';
import type { Node } from './node';
import { requestObject, requestSchema } from './request-schema';
import { responseSchema } from './response-schema';
import { pascal, words } from './words';

/** Everything the generated contract says about one operation. */
export interface OperationModel {
  name: string;
  /** `BondSearch`: the stem of the operation's exported names (`BondSearchParams`, `BondSearchItem`). */
  typeName: string;
  summary: string;
  description: string;
  namespace: string | null;
  method: string;
  /** The request body schema, built with the `obj` factory. */
  request: Node;
  /** The item (one row of `data`): a component, or an inline schema exported under `name`. Null for bytes. */
  item: { name: string; inline?: Node } | null;
  consumesQuota: boolean;
  paginated: boolean;
  hasLimit: boolean;
  isinField: 'isins' | 'isin' | null;
  bodyIsArray: boolean;
  acceptsCsv: boolean;
  requiredFields: readonly string[];
  fields: FieldDoc[];
}

export interface ComponentModel {
  name: string;
  description?: string;
  schema: Node;
}

export interface ContractModel {
  namespaces: NamespaceModel[];
  /** Response components in dependency order (each after the components it refers to). */
  components: ComponentModel[];
  operations: OperationModel[];
}

const PATH_PREFIX = '/api/v1/';
/** Error bodies are parsed by the client's error path, not by the operations table. */
const NOT_RESPONSE_RECORDS = new Set(['ErrorEnvelope', 'ErrorObject']);

/** Reads the spec into the model the emitters render. Pure: the same spec gives the same model. */
export function contractModel(spec: Spec): ContractModel {
  const namespaces = namespacesOf(spec);
  const quotaGlobs = spec['x-contract-notes'].quotas.consumes_data_quota.map(
    (glob) => new RegExp(`^${glob.replace(/\*/g, '.*')}$`),
  );
  const componentNames = componentOrder(spec);
  const operations = Object.entries(spec.paths).map(([path, item]) => {
    const op = item.post;
    if (!op) throw new Error(`${path}: no POST operation`);
    if (!path.startsWith(PATH_PREFIX))
      throw new Error(`${path}: operation paths must be ${PATH_PREFIX}<name>`);
    const name = path.slice(PATH_PREFIX.length);
    const body = op.requestBody.content['application/json']?.schema;
    if (!body) throw new Error(`${path}: no application/json request body schema`);
    const ok = op.responses['200']?.content ?? {};
    const json = ok['application/json']?.schema;
    const props = body.type === 'array' ? {} : (body.properties ?? {});
    const typeName = pascal(words(name));
    const bodyIsArray = body.type === 'array';
    const model: OperationModel = {
      name,
      typeName,
      summary: op.summary ?? name,
      description: oneLine(op.description ?? ''),
      ...placeOperation(name, op.tags?.[0], namespaces),
      request: bodyIsArray ? requestSchema(body) : requestObject(body),
      item: json ? itemOf(json, typeName, componentNames) : null,
      consumesQuota: quotaGlobs.some((re) => re.test(name)),
      paginated: Boolean(props.limit && props.offset),
      hasLimit: Boolean(props.limit),
      isinField: props.isins ? 'isins' : props.isin ? 'isin' : null,
      bodyIsArray,
      acceptsCsv: Boolean(ok['text/csv']) || (op.parameters ?? []).some((p) => p.name === 'Accept'),
      requiredFields: bodyIsArray ? [] : (body.required ?? []),
      fields: bodyIsArray ? [] : fieldDocs(body),
    };
    return model;
  });
  const components = componentNames.map((name) => {
    const component = spec.components.schemas[name];
    if (!component) throw new Error(`unknown component ${name}`);
    const { $ref: _, ...schema } = component;
    const description = schema.description ? oneLine(schema.description) : undefined;
    return { name, ...(description ? { description } : {}), schema: responseSchema(schema) };
  });
  return { namespaces, components, operations };
}

/** The item of an envelope answer: its `data` items' component, or an inline schema named after the operation. */
function itemOf(envelope: SchemaObject, typeName: string, components: readonly string[]) {
  const items = envelope.properties?.data?.items;
  if (!items) throw new Error(`${typeName}: the 200 answer has no data.items`);
  if (items.$ref) return { name: refName(items.$ref) };
  const name = components.includes(`${typeName}Item`) ? `${typeName}Result` : `${typeName}Item`;
  return { name, inline: responseSchema(items) };
}

/** Components the 200 answers use, depth first, each after the components it refers to. */
function componentOrder(spec: Spec): string[] {
  const order: string[] = [];
  const seen = new Set(NOT_RESPONSE_RECORDS);
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    const $ref = '$ref' in value ? value.$ref : undefined;
    if (typeof $ref === 'string') {
      const name = refName($ref);
      if (seen.has(name)) return;
      seen.add(name);
      const target = spec.components.schemas[name];
      if (!target) throw new Error(`unknown component ${name}`);
      visit(target);
      order.push(name);
      return;
    }
    for (const child of Object.values(value)) visit(child);
  };
  for (const item of Object.values(spec.paths))
    visit(item.post?.responses['200']?.content?.['application/json']);
  return order;
}
