import { parse } from 'yaml';
import type { Spec } from './types';

/**
 * Parses spec/openapi.yaml and checks the few facts the model relies on, so a malformed spec fails here with the
 * path to fix rather than deep inside a renderer.
 */
export function readSpec(yamlText: string): Spec {
  const spec = parse(yamlText) as Partial<Spec> | null;
  if (!spec || typeof spec !== 'object') throw new Error('spec: not a YAML mapping');
  if (!spec.paths || typeof spec.paths !== 'object') throw new Error('spec: no `paths`');
  if (!spec.components?.schemas) throw new Error('spec: no `components.schemas`');
  if (!Array.isArray(spec['x-contract-notes']?.quotas?.consumes_data_quota))
    throw new Error('spec: no `x-contract-notes.quotas.consumes_data_quota` list');
  for (const [path, item] of Object.entries(spec.paths)) {
    const op = item?.post;
    if (!op) throw new Error(`spec: ${path} has no POST operation (every operation is POST /api/v1/<name>)`);
    if (!op.requestBody?.content?.['application/json']?.schema)
      throw new Error(`spec: ${path} has no application/json request body schema`);
    if (!op.responses?.['200']) throw new Error(`spec: ${path} has no 200 response`);
  }
  return spec as Spec;
}

/** `BondReference` for `#/components/schemas/BondReference`. */
export const refName = (ref: string): string => ref.slice(ref.lastIndexOf('/') + 1);
