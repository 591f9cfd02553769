import { type Command, Option } from 'commander';
import type { OptionReader } from './option-values';
import { OUTPUT_FORMATS, type OutputFormat } from './output/render';
import { parseNumber, splitList } from './values';

/** Output flags as parsed. */
export interface OutputFlags {
  format?: OutputFormat;
  fields?: string[];
  all?: boolean;
  maxItems?: number;
  /** `--query`: a JMESPath expression over the JSON output. */
  query?: string;
}

const GROUP = 'Output options:';

/** The output flags of a command that has {@link addOutputOptions}'s options, each checked. */
export function readOutputFlags(options: OptionReader): OutputFlags {
  return {
    format: options.oneOf('format', OUTPUT_FORMATS),
    fields: options.strings('fields'),
    all: options.boolean('all'),
    maxItems: options.number('maxItems'),
    query: options.string('query'),
  };
}

/** Adds `--format` and `--fields` (every data command), and `--all` / `--max-items` (paginated ones). */
export function addOutputOptions(cmd: Command, { paginated }: { paginated: boolean }): Command {
  cmd.addOption(
    new Option('--format <format>', 'output format (default: table on a terminal, json when piped)')
      .choices(OUTPUT_FORMATS)
      .helpGroup(GROUP),
  );
  cmd.addOption(
    new Option('--fields <a,b,c>', 'only these fields/columns, in this order')
      .argParser((raw: string, previous: string[] | undefined) => [...(previous ?? []), ...splitList(raw)])
      .helpGroup(GROUP),
  );
  cmd.addOption(
    new Option(
      '--query <jmespath>',
      'JMESPath filter over the JSON output: the {data, total} document, or each row with --format ndjson',
    ).helpGroup(GROUP),
  );
  if (paginated) {
    cmd.addOption(
      new Option('--all', 'follow every page (limit/offset) until the end or --max-items').helpGroup(GROUP),
    );
    cmd.addOption(
      new Option('--max-items <n>', 'with --all: stop after n rows')
        .argParser((raw: string) => parseNumber(raw, { integer: true, minimum: 1 }))
        .helpGroup(GROUP),
    );
  }
  return cmd;
}
