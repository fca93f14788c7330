import { toStateCode } from './us-states.ts';

/** A location filter as members type it: "Austin, TX", "TX", "Texas", "Austin", "Remote". */
export interface LocationFilter {
  city?: string;
  state?: string;
  remote?: true;
}

const REMOTE = /^(remote|anywhere|work from home|wfh)$/i;

export function parseLocation(text: string): LocationFilter {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0 && !/^(us|usa|united states)$/i.test(part));
  if (parts.length === 0) return {};
  if (parts.length === 1 && REMOTE.test(parts[0] ?? '')) return { remote: true };
  const state = toStateCode(parts.at(-1) ?? '');
  if (state) {
    const city = parts.length > 1 ? parts[0] : undefined;
    // "New York" alone names both a state and a city; the state is the wider, safer reading.
    return city ? { city, state } : { state };
  }
  return { city: parts[0] };
}
