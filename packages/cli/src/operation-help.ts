import type { AnyOperation, TerrapinNamespace } from '@terrapin/core';
import { type FieldMeta, type OperationDoc, operationDocs } from '@terrapin/core/docs';
import { fieldFlag } from './naming';
import { isOperationName } from './operation-name';

// Documented example bonds (spec/examples), used only to make help examples runnable against terrapin-mock.
const SAMPLE_ISIN: Record<TerrapinNamespace, string> = {
  bonds: 'XS1610682764',
  agency: 'US3134HCZH51',
  munis: 'US00037CUQ13',
};

/**
 * The spec's words about an operation (summary, description, request fields), from `@terrapin/core/docs`: the
 * runtime operations table carries only what a call needs.
 */
export function docsOf(op: AnyOperation): OperationDoc {
  const doc = isOperationName(op.name) ? operationDocs[op.name] : undefined;
  if (!doc) throw new Error(`No documentation for operation ${op.name}: regenerate @terrapin/core`);
  return doc;
}

/** The long description of an operation's command: the spec's words plus the facts that cost money or time. */
export function describeOperation(op: AnyOperation): string {
  const { summary, description } = docsOf(op);
  const notes: string[] = [description || summary];
  if (op.consumesQuota)
    notes.push('Counts each new ISIN against the monthly ISIN quota (see `terrapin quota`).');
  if (op.paginated) notes.push('Paged with --limit/--offset; --all follows every page.');
  notes.push(`API operation: ${op.name}`);
  return notes.join('\n\n');
}

/** One runnable example built from the required fields (dates, enums and ISINs get plausible values). */
export function exampleFor(op: AnyOperation, commandPath: readonly string[]): string {
  const parts = ['terrapin', ...commandPath];
  const isin = op.namespace ? SAMPLE_ISIN[op.namespace] : 'US0378331005';
  if (op.bodyIsArray) return `${parts.join(' ')} ${isin} --price 99.5 --settlement-date 2025-06-02`;
  const { fields } = docsOf(op);
  const isinRequired = fields.some((f) => f.name === op.isinField && f.required);
  if (isinRequired) parts.push(isin);
  for (const field of fields) {
    if (!field.required || field.name === op.isinField) continue;
    parts.push(fieldFlag(field.name), sampleValue(field));
  }
  if (op.paginated) parts.push('--limit', '5');
  return parts.join(' ');
}

function sampleValue(field: FieldMeta): string {
  if (field.format === 'date') return field.name.startsWith('start') ? '2025-01-02' : '2025-03-31';
  if (field.enum?.length) return quote(field.enum[field.enum.length - 1]!);
  if (field.type === 'array') return field.name === 'identifiers' ? '037833100' : 'value';
  if (field.type === 'number' || field.type === 'integer') return String(field.minimum ?? 1);
  return quote(field.name === 'search_query' ? 'new york' : 'value');
}

function quote(value: string): string {
  return /\s/.test(value) ? `'${value}'` : value;
}
