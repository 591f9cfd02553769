/** The three bond universes the API serves, each with its own search, reference and pricing operations. */
export type Universe = 'bonds' | 'agency' | 'munis';

export const universes: readonly Universe[] = ['bonds', 'agency', 'munis'];

export const universeLabels: Record<Universe, string> = {
  bonds: 'Gov & corp',
  agency: 'US agency',
  munis: 'Municipal',
};

export function isUniverse(value: unknown): value is Universe {
  return value === 'bonds' || value === 'agency' || value === 'munis';
}
