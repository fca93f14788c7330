import type { DossierItem, DossierItemKind } from '../prompts/render-dossier.ts';

// Skills render each entity on a line that starts with its id, e.g. `[job_id 3904388204] Data Engineer — …`.
const MARKER_KINDS: Record<string, DossierItemKind> = {
  job_id: 'job',
  member_id: 'member',
  company_id: 'company',
  slug: 'post',
  article_id: 'article',
  onet_code: 'occupation',
  url: 'web',
};
const MARKER_TEXT = `\\[(${Object.keys(MARKER_KINDS).join('|')}) ([^\\]]+)\\]`;
const LINE_MARKER = new RegExp(`^${MARKER_TEXT}\\s*(.*)$`);
const ANY_MARKER = new RegExp(MARKER_TEXT);

/**
 * A skill's rendered result as dossier items, one per entity it names, so that every fact keeps
 * its provenance id. Lines before the first entity (a count, a heading) go after the first item's own line;
 * a result that names entities only inside its lines (a skill gap: member vs [job_id …]) is one
 * item labelled by the first; one that names none (salary figures) is labelled by the skill and call
 * (as `occupation`, the kind the answer examples use for pay and role facts).
 */
export function toDossierItems(rendered: string, origin: { skill: string; callId: number }): DossierItem[] {
  const items: DossierItem[] = [];
  const preamble: string[] = [];
  for (const line of rendered.split('\n')) {
    const marker = LINE_MARKER.exec(line);
    if (marker) {
      const [, key, id, rest] = marker as unknown as [string, string, string, string];
      // The entity's own line first: readers (and the offline engine) take an item's first line as its title.
      const text = items.length === 0 && preamble.length > 0 ? `${rest}\n${preamble.join('\n')}` : rest;
      items.push({ kind: MARKER_KINDS[key] as DossierItemKind, id, text });
    } else if (items.length > 0) {
      const last = items.at(-1) as DossierItem;
      last.text = `${last.text}\n${line}`;
    } else {
      preamble.push(line);
    }
  }
  if (items.length === 0 && preamble.some((line) => line.trim())) {
    const [, key, id] = ANY_MARKER.exec(rendered) ?? [];
    const label =
      key && id
        ? { kind: MARKER_KINDS[key] as DossierItemKind, id }
        : { kind: 'occupation' as const, id: `${origin.skill}-${origin.callId}` };
    items.push({ ...label, text: preamble.join('\n') });
  }
  return items;
}
