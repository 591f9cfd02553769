/**
 * `@terrapin/cli`: the `terrapin` command, also usable programmatically (tests, wrappers).
 * @packageDocumentation
 */

export { ExitCode, type ExitCodeValue, exitCodeFor } from './exit-codes';
export type { CliIo, CliReadable, CliWritable } from './io';
export { createProgram } from './program';
export { run } from './run';
