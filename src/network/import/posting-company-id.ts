/**
 * Which company a posting links to. LinkedIn company ids are below 10^9, so ids from 10^12 up are
 * reserved for employers the postings leave without one:
 * - a posting with a company_id keeps it (the id is LinkedIn's own; named or not);
 * - a posting with only a company name takes the id of the one known company of that name, else a
 *   stable id derived from the name (`NAMED_EMPLOYER_ID_BASE` + a 32-bit FNV-1a hash of the
 *   normalised name), so re-imports and every machine agree;
 * - a posting with neither links to the single "Undisclosed employer", `UNDISCLOSED_EMPLOYER_ID`.
 */
export const UNDISCLOSED_EMPLOYER_ID = 1_000_000_000_000;
export const NAMED_EMPLOYER_ID_BASE = UNDISCLOSED_EMPLOYER_ID + 1;
export const UNDISCLOSED_EMPLOYER_NAME = 'Undisclosed employer';

export function postingCompanyId(
  posting: { company_id: number | null; company_name: string | null },
  companyIdByName: ReadonlyMap<string, number>,
): number {
  if (posting.company_id !== null) return posting.company_id;
  if (posting.company_name === null) return UNDISCLOSED_EMPLOYER_ID;
  const key = companyNameKey(posting.company_name);
  return companyIdByName.get(key) ?? NAMED_EMPLOYER_ID_BASE + fnv1a32(key);
}

/** Case- and spacing-insensitive form of a company name, for matching names across files. */
export function companyNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The company id of each posting, in order, given the companies data set's companies: a name-only
 * posting may match one of them or an employer another posting gives an id for.
 */
export function postingCompanyIds(
  datasetCompanies: Iterable<{ id: number; name: string }>,
  postings: readonly { company_id: number | null; company_name: string | null }[],
): number[] {
  const idByName = uniqueCompanyIdsByName([
    ...datasetCompanies,
    ...postings.flatMap((p) =>
      p.company_id !== null && p.company_name !== null ? [{ id: p.company_id, name: p.company_name }] : [],
    ),
  ]);
  return postings.map((posting) => postingCompanyId(posting, idByName));
}

/** Maps each name that belongs to exactly one company to its id (ambiguous names, like "Stealth", map to none). */
function uniqueCompanyIdsByName(companies: Iterable<{ id: number; name: string }>): Map<string, number> {
  const ids = new Map<string, number | null>();
  for (const { id, name } of companies) {
    const key = companyNameKey(name);
    const known = ids.get(key);
    ids.set(key, known === undefined || known === id ? id : null);
  }
  return new Map([...ids].filter((entry): entry is [string, number] => entry[1] !== null));
}

function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}
