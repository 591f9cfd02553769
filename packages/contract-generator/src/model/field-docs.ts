import type { SchemaObject } from '../spec/types';

/** What the CLI and the docs need to know about one request field (core's `FieldMeta`). */
export interface FieldDoc {
  name: string;
  type: string;
  required: boolean;
  items?: string;
  format?: 'date' | 'isin';
  enum?: string[];
  minimum?: number;
  maximum?: number;
  description?: string;
}

/** Collapses the spec's folded YAML whitespace to single spaces. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** One entry per property of a request body, in spec order. */
export function fieldDocs(body: SchemaObject): FieldDoc[] {
  const required = new Set(body.required ?? []);
  return Object.entries(body.properties ?? {}).map(([name, prop]) => {
    const doc: FieldDoc = { name, type: prop.type ?? 'unknown', required: required.has(name) };
    if (prop.type === 'array') doc.items = prop.items?.type ?? 'unknown';
    if (prop.format === 'date' || prop.items?.format === 'date') doc.format = 'date';
    if (prop['x-check'] === 'valid_check_digit' || prop.items?.['x-check'] === 'valid_check_digit')
      doc.format = 'isin';
    const values = prop.enum ?? prop.items?.enum;
    if (values) doc.enum = values.filter((v): v is string => v !== null);
    if (prop.minimum !== undefined) doc.minimum = prop.minimum;
    if (prop.maximum !== undefined) doc.maximum = prop.maximum;
    if (prop.description) doc.description = oneLine(prop.description);
    return doc;
  });
}
