import type { Network } from '../network/api/create-network.ts';
import type { Viewer } from '../network/api/viewer.ts';
import type { RenderedPrompt } from '../prompts/compose-prompt.ts';
import { citationOf, type DossierItem } from '../prompts/render-dossier.ts';
import { extractCitations } from './extract-citations.ts';
import { resolveCard } from './resolve-card.ts';
import { createFollowUpSplitter } from './split-follow-ups.ts';
import { type ModelSources, streamModelText } from './stream-model-text.ts';
import { checkFollowUp } from './trust/check-follow-up.ts';
import { createTrustFilter, type TrustOutput } from './trust/create-trust-filter.ts';
import { createTrustContext } from './trust/trust-context.ts';
import { MEMBER_NOTES, type TrustCheck } from './trust/trust-violation.ts';
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
  /** Withdraws the answer text shown from `fromChar` on (a `retracted` event); the generation's text starts at 0. */
  retract: (fromChar: number, reason: string) => void;
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

function noteFor(checks: ReadonlySet<TrustCheck>): string {
  const reasons = [...checks].map((check) => MEMBER_NOTES[check]);
  return `I left out part of this answer that ${reasons.join(', or ')}.`;
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
 * follow-up section, through the trust classifier (sentence by sentence: a failing sentence is
 * withheld, or retracted if it was partly shown, and the answer ends with a note saying so), and
 * resolves a card for each grounded citation as soon as it appears, so the cards are ready when the
 * text ends. A model failure becomes a fallback answer or a closing note.
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
  const trust = createTrustContext({
    dossier: input.dossier,
    sourceText: input.prompt.messages
      .filter((message) => message.role === 'user')
      .map((message) => message.content)
      .join('\n'),
    askingMemberId: input.viewer.memberId,
  });
  const filter = createTrustFilter(trust);
  const keptBack = new Set<TrustCheck>();
  const apply = (outputs: TrustOutput[]) => {
    for (const output of outputs) {
      if (output.type === 'text') {
        say(output.text);
        if (output.text.includes(']')) collectCards();
        continue;
      }
      keptBack.add(output.violation.check);
      const reason = `${output.violation.check}: ${output.violation.detail}`;
      if (output.type === 'retracted') {
        answer = answer.slice(0, output.fromChar);
        input.retract(output.fromChar, reason);
      }
      input.emit({
        type: 'degraded',
        step: 'answer',
        reason: `trust classifier ${output.type} a sentence (${reason})`,
      });
    }
  };
  const notes = [...input.notes];
  const timings: StepTiming[] = [];
  const answerStart = now();
  let failure: string | undefined;
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
      const prose = splitter.push(next.value);
      if (prose) apply(filter.push(prose));
    }
    timings.push({ step: 'answer', startMs: answerStart, durationMs: now() - answerStart, ...next.value });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    failure = describe(error);
    input.emit({ type: 'degraded', step: 'answer', reason: failure });
    timings.push({ step: 'answer', startMs: answerStart, durationMs: now() - answerStart });
  }
  // What is still held back: the follow-up section, and the last sentence for the trust check.
  const rest = splitter.end();
  apply(filter.push(rest.text));
  apply(filter.end());
  if (failure !== undefined) {
    if (answer.trim()) notes.push(`The answer was cut short: the language model failed (${failure}).`);
    else say(renderFallbackAnswer(input.dossier, failure));
  }
  collectCards();
  if (keptBack.size > 0) notes.push(noteFor(keptBack));
  if (notes.length > 0) say(`\n\n_Note: ${notes.join(' ')}_`);

  const cardsStart = now();
  // A retracted sentence may have started a card: only citations the member still sees keep theirs.
  const stillCited = new Set(extractCitations(answer).map(citationOf));
  const resolved = (
    await Promise.all([...cards].filter(([key]) => stillCited.has(key)).map(([, card]) => card))
  ).filter((card): card is Card => card !== undefined);
  timings.push({ step: 'attachments', startMs: cardsStart, durationMs: now() - cardsStart });
  // Follow-ups are shown as chips: the Responsible-AI checks keep a bad one off the screen.
  const followUps = rest.followUps.filter((question) => checkFollowUp(question, trust) === undefined);
  return { cards: resolved, followUps, timings };
}
