import { isOneOf } from '../values';
import { renderCsv } from './csv';
import { renderJson, renderNdjsonRow } from './json';
import {
  allColumns,
  asRows,
  defaultColumns,
  explodeNested,
  projectRows,
  type Row,
  rankColumns,
} from './rows';
import { renderTable } from './table';

/** The output formats of every data command. */
export const OUTPUT_FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
/** One of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** A table for people at a terminal, JSON for pipes and files (issue 8), unless `--format` says otherwise. */
export function chooseFormat(explicit: string | undefined, stdoutIsTty: boolean | undefined): OutputFormat {
  if (isOneOf(OUTPUT_FORMATS, explicit)) return explicit;
  return stdoutIsTty ? 'table' : 'json';
}

/** How to render one result. */
export interface RenderOptions {
  format: OutputFormat;
  /** `--fields`: exactly these columns/keys, in this order. */
  fields?: readonly string[];
  /** Terminal width for the table. */
  termWidth?: number;
}

/** The text for stdout, plus notes for stderr (unknown `--fields`). */
export interface Rendered {
  text: string;
  warnings: string[];
}

/** Renders `data` (and the envelope's `total`) in the chosen format. */
export async function renderResult(
  data: readonly unknown[],
  total: number | null,
  options: RenderOptions,
): Promise<Rendered> {
  const warnings: string[] = [];
  const { format, fields } = options;
  if (format === 'json' || format === 'ndjson') {
    const rows = fields ? projectRows(asRows(data), fields) : data;
    if (fields) warnings.push(...unknownFields(asRows(data), fields));
    const text = format === 'json' ? renderJson(rows, total) : rows.map(renderNdjsonRow).join('');
    return { text, warnings };
  }
  const rows = explodeNested(asRows(data));
  if (fields) warnings.push(...unknownFields(rows, fields));
  const columns = fields
    ? [...fields]
    : format === 'table'
      ? defaultColumns(rows)
      : rankColumns(allColumns(rows));
  const text =
    format === 'csv'
      ? await renderCsv(rows, columns)
      : rows.length === 0
        ? ''
        : await renderTable(rows, columns, options.termWidth);
  return { text, warnings };
}

/** Notes for `--fields` naming a key no row has (stderr). */
export function unknownFields(rows: readonly Row[], fields: readonly string[]): string[] {
  if (rows.length === 0) return [];
  const known = new Set(allColumns(rows));
  const unknown = fields.filter((f) => !known.has(f));
  return unknown.length > 0
    ? [`note: no row has ${unknown.map((f) => `"${f}"`).join(', ')} (columns: ${[...known].join(', ')})`]
    : [];
}
