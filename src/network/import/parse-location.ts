import { toStateCode } from '../search/us-states.ts';

export interface ParsedLocation {
  city: string | null;
  /** US postal code ("NJ") for US states; the region as written elsewhere. */
  state: string | null;
  /** ISO 3166 alpha-2 ("US"), as in the companies data. */
  country: string | null;
  remote: boolean;
}

const COUNTRY_CODES: Readonly<Record<string, string>> = {
  'united states': 'US',
  usa: 'US',
  'united kingdom': 'GB',
  canada: 'CA',
};

// LinkedIn names metro areas "Greater X Area", "X Metropolitan Area", "X Bay Area", "X Metroplex"...
const METRO_AFFIXES =
  /^greater\s+|\s+(?:bay\s+area|metropolitan\s+area|metro\s+area|metroplex|area|region)$/gi;

// Metro names whose principal city LinkedIn writes differently in "City, ST" locations.
const CITY_ALIASES: Readonly<Record<string, { city: string; state?: string }>> = {
  'new york city': { city: 'New York', state: 'NY' },
  'washington dc': { city: 'Washington', state: 'DC' },
  'washington d.c.': { city: 'Washington', state: 'DC' },
};

const REMOTE = /\bremote\b/i;

/**
 * Parses a LinkedIn posting location: "Princeton, NJ", "Texas, United States",
 * "Los Angeles, California, United States", "United States", "New York City Metropolitan Area",
 * "Columbus, Ohio Metropolitan Area", "Dallas-Fort Worth Metroplex". A metro area stands for its
 * principal (first-named) city. `remoteAllowed` is the posting's own remote flag.
 */
export function parseLocation(location: string, remoteAllowed = false): ParsedLocation {
  const remote = remoteAllowed || REMOTE.test(location);
  const parts = location
    .replace(REMOTE, '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^[()\-–]+$/.test(part));
  let country: string | null = null;
  const last = parts.at(-1);
  if (last !== undefined && COUNTRY_CODES[last.toLowerCase()]) {
    country = COUNTRY_CODES[last.toLowerCase()] ?? null;
    parts.pop();
  }
  let state: string | null = null;
  let city: string | null = null;
  const [first, second] = parts;
  if (second !== undefined) {
    // "City, ST", "City, State", "City, State Metropolitan Area", "Metro, ST"
    const region = second.replace(METRO_AFFIXES, '');
    state = toStateCode(region) ?? region;
    city = principalCity(first ?? '', region !== second);
  } else if (first !== undefined) {
    const stateCode = toStateCode(first);
    if (stateCode) state = stateCode;
    else city = principalCity(first, false);
  }
  if (city !== null) {
    const alias = CITY_ALIASES[city.toLowerCase()];
    if (alias) {
      city = alias.city;
      state ??= alias.state ?? null;
    }
  }
  if (country === null && state !== null && toStateCode(state)) country = 'US';
  return { city: city || null, state, country, remote };
}

/**
 * "Greater Minneapolis-St. Paul Area" → "Minneapolis"; "Greensboro--Winston-Salem--High Point Area"
 * → "Greensboro". A plain city keeps its hyphens ("Winston-Salem, NC").
 */
function principalCity(name: string, inMetroArea: boolean): string {
  const place = name.replace(METRO_AFFIXES, '').trim();
  if (place === name.trim() && !inMetroArea) return place;
  const separator = place.includes('--') ? '--' : /\s*[-–]\s*/;
  return (place.split(separator)[0] ?? place).trim();
}
