import { DOCUMENTED_SETS, type DocumentedSet, type DocumentedValue } from '../model/documented';
import { docComment, generatedHeader } from './text';

const TYPE_OF_SHAPE: Record<DocumentedSet['shape'], string> = {
  records: 'readonly Row[]',
  windows: 'readonly PinnedWindow[]',
  byCountry: 'readonly { country: string; row: Row }[]',
  requests: 'readonly { operation: string; request: Row }[]',
};

const DOC_OF_SHAPE: Partial<Record<DocumentedSet['shape'], string>> = {
  requests:
    'Documented searches whose whole answer is reproduced: generated bonds never match these filters.',
};

/** `packages/mock-server/src/data/fixtures/documented.ts`: the documented records the mock serves verbatim. */
export function renderDocumentedModule(records: Readonly<Record<string, DocumentedValue>>): string {
  const fields = DOCUMENTED_SETS.flatMap((set) => {
    const doc = DOC_OF_SHAPE[set.shape];
    return [...(doc ? [`  /** ${doc} */`] : []), `  ${set.key}: ${TYPE_OF_SHAPE[set.shape]};`];
  });
  const values = DOCUMENTED_SETS.map((set) => `  ${set.key}: ${JSON.stringify(records[set.key] ?? [])},`);
  return [
    generatedHeader('spec/examples (DOCUMENTED_SETS, packages/contract-generator)'),
    docComment(
      'Records copied verbatim from the documented examples (spec/examples), newest documentation version ' +
        'first. The mock serves each one as documented for its ISIN. The package ships this copy because a ' +
        "published package cannot read the repo's spec/ folder; `pnpm check:generated` fails when it is stale.",
    ),
    '',
    '/** A documented pricing row or trade pinned to an ISIN: inside [from, to] these rows are the whole series. */',
    'export interface PinnedWindow {',
    '  isin: string;',
    '  from: string;',
    '  to: string;',
    '  rows: readonly Record<string, unknown>[];',
    '}',
    '',
    'type Row = Readonly<Record<string, unknown>>;',
    '',
    '/** Every documented record the mock serves verbatim. */',
    'export interface DocumentedRecords {',
    ...fields,
    '}',
    '',
    'export const DOCUMENTED: DocumentedRecords = {',
    ...values,
    '};',
    '',
  ].join('\n');
}
