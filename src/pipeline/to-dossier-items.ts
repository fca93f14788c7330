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
const MARKER = new RegExp(`^\\[(${Object.keys(MARKER_KINDS).join('|')}) ([^\\]]+)\\]\\s*(.*)$`);

/**
 * A skill's rendered result as dossier items, one per entity it names, so that every fact keeps
 * its provenance id. Lines before the first entity (a count, a heading) go with the first item;
 * a result that names no entity (salary figures) is one item labelled by the skill and call.
 */
export function toDossierItems(rendered: string, origin: { skill: string; callId: number }): DossierItem[] {
  const items: DossierItem[] = [];
  const preamble: string[] = [];
  for (const line of rendered.split('\n')) {
    const marker = MARKER.exec(line);
    if (marker) {
      const [, key, id, rest] = marker as unknown as [string, string, string, string];
      const text = items.length === 0 && preamble.length > 0 ? `${preamble.join('\n')}\n${rest}` : rest;
      items.push({ kind: MARKER_KINDS[key] as DossierItemKind, id, text });
    } else if (items.length > 0) {
      const last = items.at(-1) as DossierItem;
      last.text = `${last.text}\n${line}`;
    } else {
      preamble.push(line);
    }
  }
  if (items.length === 0 && preamble.some((line) => line.trim())) {
    items.push({ kind: 'occupation', id: `${origin.skill}-${origin.callId}`, text: preamble.join('\n') });
  }
  return items;
}
