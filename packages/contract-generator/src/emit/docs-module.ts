import type { OperationModel } from '../model/contract';
import type { FieldDoc } from '../model/field-docs';
import { propertyKey } from './code';
import { docComment, generatedHeader, stringLiteral } from './text';

/**
 * `packages/core/src/contract/operation-docs.generated.ts`: what help screens and generated docs show, never
 * needed to make a call, so it stays out of the browser bundle (bench P5).
 */
export function renderDocsModule(ops: readonly OperationModel[]): string {
  return [
    generatedHeader('spec/openapi.yaml'),
    "import type { OperationDocs } from './types';",
    '',
    docComment(
      "Documentation of every operation, keyed like the operations table: the spec's summary and description, " +
        'and one entry per request field (type, format, enum, range, whether required, description). The CLI ' +
        'builds its commands, flags and help from it; generated docs (hook TSDoc) quote it. It lives apart from ' +
        'the operations table so that apps calling the API do not ship this text: import it from ' +
        '`@terrapin/core/docs`.',
    ),
    'export const operationDocs: OperationDocs = {',
    ...ops.map(
      (op) =>
        `  ${op.name}: { summary: ${stringLiteral(op.summary)}, description: ${stringLiteral(op.description)}, ` +
        `fields: [${op.fields.map(renderField).join(', ')}] },`,
    ),
    '};',
    '',
  ].join('\n');
}

/** A field's facts as an object literal, in FieldMeta's order; long descriptions split to fit the width. */
function renderField(field: FieldDoc): string {
  const entries = Object.entries(field).map(([key, value]) => {
    const code = typeof value === 'string' ? stringLiteral(value) : JSON.stringify(value);
    return `${propertyKey(key)}: ${code}`;
  });
  return `{ ${entries.join(', ')} }`;
}
