// Kept apart from render-dossier.ts (which needs node:crypto) so the web app can read citations too.
export const DOSSIER_ITEM_KINDS = [
  'job',
  'member',
  'post',
  'article',
  'company',
  'occupation',
  'web',
] as const;
export type DossierItemKind = (typeof DOSSIER_ITEM_KINDS)[number];
