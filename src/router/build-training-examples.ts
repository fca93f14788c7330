import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { createSeededRandom, pickOne, type Random } from '../llm/simulator/seeded-random.ts';
import { ROUTE_AGENTS, type RouteAgent } from './agents.ts';
import { expandTemplate, hasSlots, type Slots } from './expand-template.ts';
import { normalizeText } from './extract-features.ts';
import type { LabelledExample } from './labelled-example.ts';
import { loadOnetSlots } from './load-onet-slots.ts';
import { CONTEXT_KINDS, type ContextKind, type RouteInput } from './route-input.ts';

export const UTTERANCES_DIR = resolve(import.meta.dirname, 'utterances');

const agentFileSchema = z.object({
  agent: z.enum(ROUTE_AGENTS),
  templates: z.array(z.string()).default([]),
  examples: z.array(z.string()).default([]),
  with_context: z.partialRecord(z.enum(CONTEXT_KINDS), z.array(z.string())).default({}),
  follow_ups: z.array(z.string()).default([]),
});
const slotsFileSchema = z.record(z.string(), z.array(z.string()).min(1));
const followUpsFileSchema = z.object({ continuations: z.array(z.string()).min(1) });

/** Fillings per template; hand-written lines with a slot get a few, so they are not drowned out. */
const TEMPLATE_FILLINGS = 14;
const HAND_WRITTEN_FILLINGS = 4;
/** Hand-written lines are rarer and more natural than template fillings: they count more. */
const HAND_WRITTEN_WEIGHT = 3;
const FOLLOW_UPS_PER_AGENT = 120;
/** Shares of template fillings that also appear under an unrelated context / another agent's history, label unchanged. */
const UNRELATED_CONTEXT_SHARE = 0.25;
const UNRELATED_HISTORY_SHARE = 0.15;
const TYPO_SHARE = 0.1;
/** CLINC has 15,100 negatives against a few hundred lines per agent; this keeps out_of_scope from dominating. */
const CLINC_WEIGHT = 0.3;
const ASSISTANT_REPLY = 'Here is what I found.';

interface AgentFile extends z.infer<typeof agentFileSchema> {}

function mergeSlots(base: Slots, extra: Slots): Slots {
  const merged = { ...base };
  for (const [name, values] of Object.entries(extra)) merged[name] = [...(merged[name] ?? []), ...values];
  return merged;
}

function readYaml(path: string): unknown {
  return parseYaml(readFileSync(path, 'utf8'));
}

function fillings(line: string, slots: Slots, count: number, random: Random): string[] {
  return hasSlots(line) ? expandTemplate(line, slots, count, random) : [line];
}

/** One character dropped or two swapped, as members type on phones. */
function withTypo(text: string, random: Random): string {
  const at = 1 + Math.floor(random() * Math.max(1, text.length - 2));
  return random() < 0.5
    ? text.slice(0, at) + text.slice(at + 1)
    : text.slice(0, at - 1) + text.charAt(at) + text.charAt(at - 1) + text.slice(at + 1);
}

function followUpOf(previous: RouteInput, query: string): RouteInput {
  return {
    query,
    ...(previous.context ? { context: previous.context } : {}),
    history: [
      { role: 'user', text: previous.query },
      { role: 'assistant', text: ASSISTANT_REPLY },
    ],
  };
}

function contextOf(kind: ContextKind): RouteInput['context'] {
  return { kind, id: 'training' };
}

/** Two queries the router's features cannot tell apart (case, accents, punctuation) are the same question. */
export function sameQueryKey(query: string): string {
  return normalizeText(query).join(' ');
}

/**
 * The training set, deterministic for a seed: every agent file's templates filled from the network's
 * slots, its hand-written lines (some only meaningful with a context), follow-ups after the agent's own
 * questions, lines placed under unrelated contexts and histories (which must not move them), typo'd
 * copies, the shared continuations with nothing before them and CLINC150's training utterances as
 * out_of_scope. Any example whose query is one of `heldOutQueries` (the dev set) is left out, so the
 * dev set measures questions never trained on.
 */
export function buildTrainingExamples(options: {
  seed: number;
  clincTrain: string[];
  heldOutQueries?: string[];
  dir?: string;
}): LabelledExample[] {
  const dir = options.dir ?? UTTERANCES_DIR;
  const random = createSeededRandom(options.seed);
  const slots = mergeSlots(slotsFileSchema.parse(readYaml(resolve(dir, 'slots.yaml'))), loadOnetSlots());
  const { continuations } = followUpsFileSchema.parse(readYaml(resolve(dir, 'follow-ups.yaml')));
  const files: AgentFile[] = readdirSync(dir)
    .filter((name) => ROUTE_AGENTS.some((agent) => name === `${agent}.yaml`))
    .sort()
    .map((name) => agentFileSchema.parse(readYaml(resolve(dir, name))));

  const examples: LabelledExample[] = [];
  const questionsByAgent = new Map<RouteAgent, RouteInput[]>();
  const templated: LabelledExample[] = [];
  for (const file of files) {
    const questions: RouteInput[] = [];
    for (const template of file.templates) {
      for (const query of expandTemplate(template, slots, TEMPLATE_FILLINGS, random)) {
        const example: LabelledExample = { input: { query }, agent: file.agent, weight: 1, group: template };
        templated.push(example);
        questions.push(example.input);
        if (random() < TYPO_SHARE)
          examples.push({
            input: { query: withTypo(query, random) },
            agent: file.agent,
            weight: 1,
            group: template,
          });
      }
    }
    for (const line of file.examples) {
      for (const query of fillings(line, slots, HAND_WRITTEN_FILLINGS, random)) {
        examples.push({ input: { query }, agent: file.agent, weight: HAND_WRITTEN_WEIGHT, group: line });
        questions.push({ query });
      }
    }
    for (const kind of CONTEXT_KINDS) {
      for (const line of file.with_context[kind] ?? []) {
        for (const query of fillings(line, slots, HAND_WRITTEN_FILLINGS, random)) {
          const input = { query, context: contextOf(kind) };
          examples.push({ input, agent: file.agent, weight: HAND_WRITTEN_WEIGHT, group: line });
          questions.push(input);
        }
      }
    }
    questionsByAgent.set(file.agent, questions);
  }
  // A continuation with nothing before it continues nothing: no agent's question, so out_of_scope.
  for (const query of continuations)
    examples.push({ input: { query }, agent: 'out_of_scope', weight: HAND_WRITTEN_WEIGHT / 2, group: query });
  const clincQuestions = options.clincTrain.map((query) => ({ query }));
  questionsByAgent.set('out_of_scope', [...(questionsByAgent.get('out_of_scope') ?? []), ...clincQuestions]);

  for (const file of files) {
    const previousQuestions = questionsByAgent.get(file.agent) ?? [];
    const followUps = [...file.follow_ups, ...(file.agent === 'out_of_scope' ? [] : continuations)];
    for (let i = 0; i < FOLLOW_UPS_PER_AGENT && followUps.length > 0; i++) {
      const line = pickOne(random, followUps);
      const [query] = fillings(line, slots, 1, random);
      if (query === undefined) continue;
      examples.push({
        input: followUpOf(pickOne(random, previousQuestions), query),
        agent: file.agent,
        weight: HAND_WRITTEN_WEIGHT / 2,
        group: line,
      });
    }
  }

  const agentsWithQuestions = [...questionsByAgent.keys()];
  for (const example of templated) {
    if (random() < UNRELATED_CONTEXT_SHARE)
      example.input = { ...example.input, context: contextOf(pickOne(random, CONTEXT_KINDS)) };
    if (random() < UNRELATED_HISTORY_SHARE) {
      const other = pickOne(
        random,
        agentsWithQuestions.filter((agent) => agent !== example.agent),
      );
      const previous = pickOne(random, questionsByAgent.get(other) ?? []);
      example.input = { ...followUpOf(previous, example.input.query), context: example.input.context };
    }
    examples.push(example);
  }
  for (const query of options.clincTrain)
    examples.push({ input: { query }, agent: 'out_of_scope', weight: CLINC_WEIGHT, group: query });
  const heldOut = new Set(options.heldOutQueries?.map(sameQueryKey));
  return examples.filter((example) => !heldOut.has(sameQueryKey(example.input.query)));
}
