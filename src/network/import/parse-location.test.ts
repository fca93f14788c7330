import { describe, expect, it } from 'vitest';
import { parseLocation } from './parse-location.ts';

// Every string below is a real `location` from the bundled postings.
describe('parseLocation', () => {
  it.each([
    ['Princeton, NJ', 'Princeton', 'NJ', 'US'],
    ['Winston-Salem, NC', 'Winston-Salem', 'NC', 'US'],
    ['United States', null, null, 'US'],
    ['Texas, United States', null, 'TX', 'US'],
    ['New York, United States', null, 'NY', 'US'],
    ['Los Angeles, California, United States', 'Los Angeles', 'CA', 'US'],
    ['New York City Metropolitan Area', 'New York', 'NY', 'US'],
    ['Los Angeles Metropolitan Area', 'Los Angeles', null, null],
    ['Columbus, Ohio Metropolitan Area', 'Columbus', 'OH', 'US'],
    ['Greater Philadelphia', 'Philadelphia', null, null],
    ['Greater Minneapolis-St. Paul Area', 'Minneapolis', null, null],
    ['Greensboro--Winston-Salem--High Point Area', 'Greensboro', null, null],
    ['Dallas-Fort Worth Metroplex', 'Dallas', null, null],
    ['Dallas–Fort Worth metroplex, TX', 'Dallas', 'TX', 'US'],
    ['San Francisco Bay Area', 'San Francisco', null, null],
    ['Greater Tampa Bay Area', 'Tampa', null, null],
    ['Washington DC-Baltimore Area', 'Washington', 'DC', 'US'],
    ['Greenville-Spartanburg-Anderson, South Carolina Area', 'Greenville', 'SC', 'US'],
    ['Greater Pittsburgh Region', 'Pittsburgh', null, null],
  ])('%s', (location, city, state, country) => {
    expect(parseLocation(location)).toEqual({ city, state, country, remote: false });
  });

  it('sets the remote flag from the posting or the text', () => {
    expect(parseLocation('United States', true).remote).toBe(true);
    expect(parseLocation('Remote, United States')).toEqual({
      city: null,
      state: null,
      country: 'US',
      remote: true,
    });
  });
});
