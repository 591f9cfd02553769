import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

/** The committed spec, the source of truth for every check here. */
export const SPEC_PATH = fileURLToPath(new URL('../../../../spec/openapi.yaml', import.meta.url));

/** Parsed `spec/openapi.yaml`. */
export function loadSpec(): Record<string, unknown> {
  return parse(readFileSync(SPEC_PATH, 'utf8')) as Record<string, unknown>;
}

/**
 * Removes `null` from every `enum` that sits beside `nullable: true`, in place, and returns how many it removed.
 * Why: Prism 5.14 fails to compile such a schema and then silently skips the response check of every operation
 * that references it (6 operations today). `nullable: true` alone already admits null in Prism's OpenAPI 3.0
 * validator, so the copy accepts exactly what the spec means.
 */
export function dropNullFromNullableEnums(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((n: number, item) => n + dropNullFromNullableEnums(item), 0);
  if (node === null || typeof node !== 'object') return 0;
  const schema = node as Record<string, unknown>;
  let removed = 0;
  if (schema.nullable === true && Array.isArray(schema.enum) && schema.enum.includes(null)) {
    schema.enum = schema.enum.filter((value) => value !== null);
    removed++;
  }
  for (const value of Object.values(schema)) removed += dropNullFromNullableEnums(value);
  return removed;
}

/** Writes the copy of the spec Prism reads into a fresh temp dir; returns its path and the enums it fixed. */
export function writePrismSpec(): { path: string; enumsFixed: number } {
  const spec = loadSpec();
  const enumsFixed = dropNullFromNullableEnums(spec);
  const dir = mkdtempSync(join(tmpdir(), 'terrapin-prism-'));
  const path = join(dir, 'openapi.yaml');
  writeFileSync(path, stringify(spec));
  return { path, enumsFixed };
}
