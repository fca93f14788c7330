import type { Network } from '../network/api/create-network.ts';
import type { Viewer } from '../network/api/viewer.ts';
import type { RenderedPrompt } from '../prompts/compose-prompt.ts';
import { citationOf, type DossierItem } from '../prompts/render-dossier.ts';
import { extractCitations } from './extract-citations.ts';
import { resolveCard } from './resolve-card.ts';
import { createFollowUpSplitter } from './split-follow-ups.ts';
import { type ModelSources, streamModelText } from './stream-model-text.ts';
import type { Card, StepTiming, TurnEvent } from './turn-event.ts';

export interface GenerationInput {
  prompt: RenderedPrompt;
  dossier: readonly DossierItem[];
  /** What went wrong before (retrieval), said at the end of the answer. */
  notes: readonly string[];
  network: Network;
  viewer: Viewer;
  signal: AbortSignal;
  models: ModelSources;
  /** Shows answer text to the member (a `text_delta`). */
  say: (text: string) => void;
  emit: (event: TurnEvent) => void;
  now: () => number;
}

export interface Generation {
  /** Cards for the grounded entities the answer cites, in citation order. */
  cards: Card[];
  /** The answer's own follow-up questions, unfiltered. */
  followUps: string[];
  timings: StepTiming[];
}

const MAX_CARDS = 6;
const CARD_KINDS = new Set<string>(['job', 'member', 'company', 'post', 'article']);

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** When the answer model fails before writing anything: what was found, cited, and why there is no prose. */
function renderFallbackAnswer(dossier: readonly DossierItem[], reason: string): string {
  const found = dossier
    .slice(0, 5)
    .map((item) => `- ${item.text.split('\n').find((line) => line.trim()) ?? ''} ${citationOf(item)}`);
  return [
    `I couldn't write a full answer just now (the language model failed: ${reason}).`,
    ...(found.length > 0 ? ['Here is what I found:', ...found] : []),
  ].join('\n');
}

/**
 * The generation step: streams the answer from the large model as it is written, holding back its
 * follow-up section, and resolves a card for each grounded citation as soon as it appears, so the
 * cards are ready when the text ends. A model failure becomes a fallback answer or a closing note.
 */
export async function generateAnswer(input: GenerationInput): Promise<Generation> {
  const { signal, now } = input;
  let answer = '';
  const say = (text: string) => {
    answer += text;
    input.say(text);
  };
  const grounded = new Set(input.dossier.map(citationOf));
  const cards = new Map<string, Promise<Card | undefined>>();
  const collectCards = () => {
    for (const citation of extractCitations(answer)) {
      const key = citationOf(citation);
      if (cards.size >= MAX_CARDS || cards.has(key) || !grounded.has(key) || !CARD_KINDS.has(citation.kind))
        continue;
      const ref = { kind: citation.kind as Card['kind'], id: citation.id };
      cards.set(
        key,
        resolveCard(input.network, input.viewer, ref, signal).catch(() => undefined),
      );
    }
  };
  const splitter = createFollowUpSplitter();
  const notes = [...input.notes];
  const timings: StepTiming[] = [];
  const answerStart = now();
  try {
    const text = streamModelText(
      {
        role: 'large',
        prompt: input.prompt,
        signal,
        memberId: input.viewer.memberId === null ? undefined : String(input.viewer.memberId),
        onFallback: (reason) =>
          input.emit({
            type: 'degraded',
            step: 'answer',
            reason: `LLM endpoint failed, answering offline: ${reason}`,
          }),
      },
      input.models,
    );
    let next = await text.next();
    for (; !next.done; next = await text.next()) {
      const shown = splitter.push(next.value);
      if (shown) say(shown);
      if (next.value.includes(']')) collectCards();
    }
    timings.push({ step: 'answer', startMs: answerStart, durationMs: now() - answerStart, ...next.value });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    input.emit({ type: 'degraded', step: 'answer', reason: describe(error) });
    if (answer.trim())
      notes.push(`The answer was cut short: the language model failed (${describe(error)}).`);
    else say(renderFallbackAnswer(input.dossier, describe(error)));
    timings.push({ step: 'answer', startMs: answerStart, durationMs: now() - answerStart });
  }
  const rest = splitter.end();
  if (rest.text) say(rest.text);
  collectCards();
  if (notes.length > 0) say(`\n\n_Note: ${notes.join(' ')}_`);

  const cardsStart = now();
  const resolved = (await Promise.all(cards.values())).filter((card): card is Card => card !== undefined);
  timings.push({ step: 'attachments', startMs: cardsStart, durationMs: now() - cardsStart });
  return { cards: resolved, followUps: rest.followUps, timings };
}
