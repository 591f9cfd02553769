/** Text helpers for emitted code: comments and string literals that fit Biome's line width. */

/** The repo's Biome line width (biome.json `formatter.lineWidth`). */
export const LINE_WIDTH = 110;

/** Greedy word wrap: lines of at most `width` characters (a single longer word stays whole). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A `/** … *\/` comment, wrapped to the line width at the given indent; `*\/` in the text is escaped. */
export function docComment(text: string, indent = 0): string {
  const pad = ' '.repeat(indent);
  const safe = text.replace(/\*\//g, '*\\/');
  const oneLine = `${pad}/** ${safe} */`;
  if (oneLine.length <= LINE_WIDTH) return oneLine;
  const body = wrap(safe, LINE_WIDTH - indent - 3).map((l) => `${pad} * ${l}`);
  return [`${pad}/**`, ...body, `${pad} */`].join('\n');
}

/** `// …` lines, wrapped to the line width. */
export const lineComment = (text: string): string =>
  wrap(text, LINE_WIDTH - 3)
    .map((l) => `// ${l}`)
    .join('\n');

/**
 * A string literal; a long one is split at spaces into a `'…' + '…'` concatenation that Biome lays out one part per
 * line, so generated text stays within the line width.
 */
export function stringLiteral(text: string, partWidth = 90): string {
  if (text.length <= partWidth) return JSON.stringify(text);
  const parts: string[] = [];
  let part = '';
  for (const piece of text.split(/(?<= )/)) {
    if (part && part.length + piece.length > partWidth) {
      parts.push(part);
      part = piece;
    } else part += piece;
  }
  parts.push(part);
  return parts.map((p) => JSON.stringify(p)).join(' + ');
}

/** The header every generated file starts with. */
export const generatedHeader = (source: string): string =>
  [
    `// GENERATED FILE — do not edit. Source: ${source}.`,
    '// Regenerate: pnpm generate (CI runs pnpm check:generated).',
  ].join('\n');
