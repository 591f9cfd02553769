import type { CliContext } from '../context';
import { emitResult } from '../emit';
import type { OutputFlags } from '../output-options';
import { renderCsv } from './csv';
import { renderNdjsonRow } from './json';
import { chooseFormat, unknownFields } from './render';
import { allColumns, projectRows, type Row, rankColumns } from './rows';
import { jsonSafe } from './terminal-safe';

/** Rows rendered and written per batch: large enough to be fast, small enough to keep memory flat. */
const BATCH = 1000;

/** Writes rows as they are produced; {@link RowSink.end} finishes the document. */
export interface RowSink {
  write(row: Row): Promise<void>;
  /** Flushes, closes the JSON envelope, or prints the buffered table. */
  end(): Promise<void>;
}

/**
 * An output that streams rows (issue 14 item 14: a million-line `isin check` in bounded memory). JSON, NDJSON
 * and CSV are written a batch at a time, byte for byte what {@link emitResult} would print for the same rows
 * (the JSON envelope's `total` is the row count, known at the end). A table needs every row to size its
 * columns, so it is buffered and rendered at the end. CSV takes its columns from the first batch: meant for
 * commands whose rows all have the same keys.
 */
export function createRowSink(ctx: CliContext, flags: OutputFlags): RowSink {
  const format = chooseFormat(flags.format, ctx.io.stdout.isTTY);
  // A table sizes its columns from every row; a query may look at the whole document.
  if (format === 'table' || flags.query !== undefined) {
    const rows: Row[] = [];
    return {
      write: async (row) => void rows.push(row),
      end: () => emitResult(ctx, rows, null, flags, { paginated: false }),
    };
  }
  const toTerminal = format === 'csv' && ctx.io.stdout.isTTY;
  let batch: Row[] = [];
  let count = 0;
  let columns: string[] | undefined;

  const flush = async () => {
    if (batch.length === 0) return;
    if (count === 0 && flags.fields) for (const w of unknownFields(batch, flags.fields)) ctx.err(`${w}\n`);
    const rows = flags.fields && format !== 'csv' ? projectRows(batch, flags.fields) : batch;
    let text: string;
    if (format === 'ndjson') text = rows.map(renderNdjsonRow).join('');
    else if (format === 'json') {
      const items = rows.map((row) => jsonSafe(JSON.stringify(row, null, 2)).replace(/^/gm, '    '));
      text = `${count === 0 ? '{\n  "data": [\n' : ',\n'}${items.join(',\n')}`;
    } else {
      columns ??= flags.fields ? [...flags.fields] : rankColumns(allColumns(batch));
      text = await renderCsv(batch, columns, { header: count === 0 });
    }
    count += batch.length;
    batch = [];
    await (toTerminal ? ctx.outText(text) : ctx.out(text));
  };

  return {
    async write(row) {
      batch.push(row);
      if (batch.length >= BATCH) await flush();
    },
    async end() {
      await flush();
      if (format === 'json') {
        await ctx.out(
          count === 0 ? '{\n  "data": [],\n  "total": 0\n}\n' : `\n  ],\n  "total": ${count}\n}\n`,
        );
      }
    },
  };
}
