import { parse } from 'yaml';
import type { Spec } from './types';

/** A YAML mapping as parsed. */
type Mapping = Record<string, unknown>;

const isMapping = (value: unknown): value is Mapping =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value[key]` when `value` is a mapping, else `undefined`: a path into the parsed YAML that never throws. */
const at = (value: unknown, key: string): unknown => (isMapping(value) ? value[key] : undefined);

/**
 * Parses spec/openapi.yaml and checks the few facts the model relies on, so a malformed spec fails here with the
 * path to fix rather than deep inside a renderer.
 */
export function readSpec(yamlText: string): Spec {
  const spec: unknown = parse(yamlText);
  if (typeof spec !== 'object' || spec === null) throw new Error('spec: not a YAML mapping');
  const paths = at(spec, 'paths');
  if (typeof paths !== 'object' || paths === null) throw new Error('spec: no `paths`');
  if (!at(at(spec, 'components'), 'schemas')) throw new Error('spec: no `components.schemas`');
  if (!Array.isArray(at(at(at(spec, 'x-contract-notes'), 'quotas'), 'consumes_data_quota')))
    throw new Error('spec: no `x-contract-notes.quotas.consumes_data_quota` list');
  for (const [path, item] of Object.entries(paths)) {
    const op = at(item, 'post');
    if (!op) throw new Error(`spec: ${path} has no POST operation (every operation is POST /api/v1/<name>)`);
    if (!at(at(at(at(op, 'requestBody'), 'content'), 'application/json'), 'schema'))
      throw new Error(`spec: ${path} has no application/json request body schema`);
    if (!at(at(op, 'responses'), '200')) throw new Error(`spec: ${path} has no 200 response`);
  }
  // The one cast: the spec is the repository's own checked-in file. The checks above cover what the model reads
  // unguarded; the schema details below them are the spec's contract, and `check:generated` re-reads it on every
  // CI run, so a drift shows up as a generated-file diff.
  return spec as Spec;
}

/** `BondReference` for `#/components/schemas/BondReference`. */
export const refName = (ref: string): string => ref.slice(ref.lastIndexOf('/') + 1);
