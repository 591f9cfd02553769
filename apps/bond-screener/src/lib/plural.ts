/** `1 payment`, `3 payments`: English plurals for counts shown to the user. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${new Intl.NumberFormat('en-US').format(count)} ${count === 1 ? noun : pluralNoun}`;
}
