/**
 * Typed reads of commander's parsed values. Commander types `opts()` and action arguments as `any`, so nothing
 * checks that `--max-items` really holds a number; every command reads its flags through an {@link OptionReader}
 * instead, which checks each value and names the flag when one is not what the command declared.
 */
import type { Command } from 'commander';
import { CliUsageError } from './errors';
import { camelToKebab } from './naming';
import { isOneOf } from './values';

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number';
}

/** Reads one command's option values (commander's `opts()` or `optsWithGlobals()`) by attribute name. */
export class OptionReader {
  readonly #values: Readonly<Record<string, unknown>>;

  constructor(values: Readonly<Record<string, unknown>>) {
    this.#values = values;
  }

  /** The raw value of an attribute (request-field flags are checked by the contract's validator instead). */
  raw(attribute: string): unknown {
    return Object.hasOwn(this.#values, attribute) ? this.#values[attribute] : undefined;
  }

  /** `--body <json>`: a string, or `undefined` when the flag was not given. */
  string(attribute: string): string | undefined {
    return this.#read(attribute, 'a string', isString);
  }

  /** `--all`: `true`/`false`, or `undefined` when not given. */
  boolean(attribute: string): boolean | undefined {
    return this.#read(attribute, 'true or false', (v): v is boolean => typeof v === 'boolean');
  }

  /** `--max-items <n>`: a number (already parsed by the option's own parser). */
  number(attribute: string): number | undefined {
    return this.#read(attribute, 'a number', isNumber);
  }

  /** `--fields a,b`: the list collected by the option's parser. */
  strings(attribute: string): string[] | undefined {
    return this.#read(
      attribute,
      'a list of strings',
      (v): v is string[] => Array.isArray(v) && v.every(isString),
    );
  }

  /** `--price 99.5,101`: the list of numbers collected by the option's parser. */
  numbers(attribute: string): number[] | undefined {
    return this.#read(
      attribute,
      'a list of numbers',
      (v): v is number[] => Array.isArray(v) && v.every(isNumber),
    );
  }

  /** `--format json`: one of `choices`. */
  oneOf<T extends string>(attribute: string, choices: readonly T[]): T | undefined {
    return this.#read(attribute, `one of ${choices.join(', ')}`, (v): v is T => isOneOf(choices, v));
  }

  #read<T>(attribute: string, expected: string, guard: (value: unknown) => value is T): T | undefined {
    const value = this.raw(attribute);
    if (value === undefined || guard(value)) return value;
    throw new CliUsageError(`--${camelToKebab(attribute)} expects ${expected}, got ${JSON.stringify(value)}`);
  }
}

/** The reader over a command's own options. */
export function ownOptions(command: Command): OptionReader {
  return new OptionReader(command.opts());
}

/** The reader over a command's options and every ancestor's (the connection flags live on the program). */
export function optionsWithGlobals(command: Command): OptionReader {
  return new OptionReader(command.optsWithGlobals());
}

/**
 * The positional arguments of a command as strings: commander gives a variadic argument as an array and an
 * optional one as `undefined` when absent, so both are flattened.
 */
export function positionalStrings(command: Command): string[] {
  return command.processedArgs.flatMap((arg: unknown) =>
    Array.isArray(arg) ? arg.filter(isString) : isString(arg) ? [arg] : [],
  );
}
