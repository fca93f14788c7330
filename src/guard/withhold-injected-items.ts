import { citationOf, type DossierItem } from '../prompts/render-dossier.ts';
import type { GuardModel } from './guard-model.ts';
import { type GuardVerdict, judgeText } from './judge-text.ts';

export interface WithheldItem {
  item: DossierItem;
  verdict: GuardVerdict;
  /** What the answer tells the member, naming the item by its citation. */
  note: string;
}

/**
 * Retrieved items judged as `source: "retrieved"`: an item that reads like a prompt injection (a job
 * description or post addressing the assistant) is kept out of the answer prompt, with a note saying
 * so. Without a model (the guard turned off) every item is kept.
 */
export function withholdInjectedItems(
  model: GuardModel | undefined,
  items: readonly DossierItem[],
): { kept: DossierItem[]; withheld: WithheldItem[] } {
  if (model === undefined) return { kept: [...items], withheld: [] };
  const kept: DossierItem[] = [];
  const withheld: WithheldItem[] = [];
  for (const item of items) {
    const verdict = judgeText(model, {
      text: item.title ? `${item.title}\n${item.text}` : item.text,
      source: 'retrieved',
    });
    if (verdict.verdict === 'allow') kept.push(item);
    else
      withheld.push({
        item,
        verdict,
        note: `I left out ${citationOf(item)}: it contains instructions aimed at the assistant.`,
      });
  }
  return { kept, withheld };
}
