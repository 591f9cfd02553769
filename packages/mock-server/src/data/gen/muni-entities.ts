import { elementAt } from '../../internal/element-at';
import { PLACES, STATES } from '../catalog/places';
import type { MuniEntity, MuniEntityKind } from '../model';
import type { Rng } from '../rng';

const CUSIP6_TAIL = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function schoolDistrict(city: string, state: string): string {
  if (state === 'TX') return `${city} Independent School District`;
  if (state === 'CA') return `${city} Unified School District`;
  if (state === 'PA' || state === 'FL') return `School District of ${city}`;
  return `${city} Public Schools`;
}

/**
 * Municipal issuers derived from the places catalog: each state's own bodies (the state, its housing and health
 * finance agencies…) and each city's (the city, its county, school district, utilities, airport…).
 */
export function generateEntities(rng: Rng, firstId: number, takenCusips: ReadonlySet<string>): MuniEntity[] {
  const entities: MuniEntity[] = [];
  const cusips = new Set(takenCusips);
  const names = new Set<string>();
  let id = firstId;
  const add = (name: string, state: string, counties: string[], kind: MuniEntityKind) => {
    if (names.has(`${name}|${state}`)) return;
    names.add(`${name}|${state}`);
    let cusip6: string;
    do cusip6 = `${rng.chars('0123456789', 5)}${rng.chars(CUSIP6_TAIL, 1)}`;
    while (cusips.has(cusip6));
    cusips.add(cusip6);
    entities.push({ entity_id: id, name, state, counties, kind, cusip6 });
    id += rng.int(1, 7);
  };
  for (const [code, state] of Object.entries(STATES)) {
    add(
      code === 'DC'
        ? 'District of Columbia'
        : code === 'PR'
          ? 'Commonwealth of Puerto Rico'
          : `State of ${state}`,
      code,
      [],
      'state',
    );
    add(`${state} Housing Finance Agency`, code, [], 'housing');
    if (rng.chance(0.6)) add(`${state} Health Facilities Financing Authority`, code, [], 'health');
    if (rng.chance(0.5)) add(`University of ${state}`, code, [], 'university');
    if (rng.chance(0.25)) add(`${state} Turnpike Authority`, code, [], 'toll');
    if (rng.chance(0.3)) add(`${state} Economic Development Finance Authority`, code, [], 'development');
  }
  for (const place of PLACES) {
    const { city, state } = place;
    const counties = [...place.counties];
    const main = elementAt(counties, 0);
    add(`City of ${city}`, state, counties, 'city');
    if (!/City$|Columbia$/.test(main)) add(`${main} County`, state, [main], 'county');
    add(schoolDistrict(city, state), state, counties, 'school');
    if (rng.chance(0.6)) add(`${city} Water and Sewer Authority`, state, counties, 'water');
    if (rng.chance(0.4)) add(`${city} Airport Authority`, state, counties, 'airport');
    if (rng.chance(0.15)) add(`Port of ${city}`, state, counties, 'port');
    if (rng.chance(0.2)) add(`${city} Public Power Authority`, state, counties, 'power');
    if (rng.chance(0.2)) add(`${city} Regional Transit Authority`, state, counties, 'transit');
  }
  return entities;
}
