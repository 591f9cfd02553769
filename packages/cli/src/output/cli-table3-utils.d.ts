// cli-table3 ships no types for its utils module; the table renderer uses only `strlen`, the width function
// cli-table3 itself lays cells out with (so blocks drawn separately line up exactly).
declare module 'cli-table3/src/utils.js' {
  /** Display width of the widest line of `text`, ANSI colour codes aside. */
  export function strlen(text: string): number;
}
