/**
 * The address of the screen the user left, so "Back to the screener" links and the header return to it (filters,
 * sort, page) rather than to a blank screener. Set by the app whenever the screener's address changes.
 */
let lastSearch = '';

export function rememberScreenerSearch(search: string): void {
  lastSearch = search;
}

export function screenerHref(): string {
  return `/${lastSearch}`;
}
