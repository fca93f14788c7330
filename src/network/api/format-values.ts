/** Epoch milliseconds as an ISO-8601 timestamp (the APIs' one date format), null stays null. */
export function toIsoTimestamp(epochMs: number | null): string | null {
  return epochMs === null ? null : new Date(Number(epochMs)).toISOString();
}

/** Epoch milliseconds at the start (UTC) of a YYYY-MM-DD day. */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

export const DAY_MS = 86_400_000;
