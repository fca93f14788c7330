import { describe, expect, it } from 'vitest';
import { parseLocation } from './parse-location.ts';

describe('parseLocation', () => {
  it.each([
    ['Austin, TX', { city: 'Austin', state: 'TX' }],
    ['austin, texas', { city: 'austin', state: 'TX' }],
    ['TX', { state: 'TX' }],
    ['Texas', { state: 'TX' }],
    ['New York', { state: 'NY' }],
    ['Seattle, WA, United States', { city: 'Seattle', state: 'WA' }],
    ['Chicago', { city: 'Chicago' }],
    ['Remote', { remote: true }],
    ['United States', {}],
    ['  ', {}],
  ])('%s', (text, expected) => {
    expect(parseLocation(text)).toEqual(expected);
  });
});
