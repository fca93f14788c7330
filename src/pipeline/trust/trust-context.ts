import { citationOf, type DossierItem } from '../../prompts/render-dossier.ts';
import { findContactDetails } from './find-private-data.ts';
import { readFigures } from './read-figures.ts';

/** What a sentence is checked against, computed once per answer. */
export interface TrustContext {
  /** `[kind:id]` citations the answer may use: the dossier's, and the asking member's own. */
  citable: ReadonlySet<string>;
  /** Everything the model was shown for this turn (dossier, question, what is viewed, history), lower-cased. */
  sourceText: string;
  /** Every figure in the sources, ascending, for a tolerant lookup. */
  sourceFigures: readonly number[];
  /** The asking member's own email addresses and phone numbers, normalised: theirs to see. */
  ownContacts: ReadonlySet<string>;
}

export function createTrustContext(input: {
  dossier: readonly DossierItem[];
  /** The answer prompt's user message(s): the text the model may ground its facts in. */
  sourceText: string;
  askingMemberId: number | null;
}): TrustContext {
  const own =
    input.askingMemberId === null
      ? []
      : input.dossier.filter(
          (item) => item.kind === 'member' && String(item.id) === String(input.askingMemberId),
        );
  return {
    citable: new Set([
      ...input.dossier.map(citationOf),
      ...(input.askingMemberId === null ? [] : [citationOf({ kind: 'member', id: input.askingMemberId })]),
    ]),
    sourceText: input.sourceText.toLowerCase(),
    sourceFigures: readFigures(input.sourceText)
      .map((figure) => figure.value)
      .sort((a, b) => a - b),
    ownContacts: new Set(own.flatMap((item) => findContactDetails(`${item.title ?? ''}\n${item.text}`))),
  };
}
