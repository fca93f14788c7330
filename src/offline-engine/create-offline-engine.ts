import type { Network } from '../network/api/create-network.ts';
import { buildGazetteers, type Gazetteers } from './build-gazetteers.ts';
import { inferAgent } from './infer-agent.ts';
import { OFFLINE_LABEL } from './offline-label.ts';
import { readPrompt } from './read-prompt.ts';
import { writeAnswer } from './write-answer.ts';
import { writePlan } from './write-plan.ts';

/** A prompt as text: the system message(s) and the last user message. */
export interface PromptText {
  system: string;
  user: string;
}

export interface OfflineEngine {
  /** What an LLM would write for a planning or answer prompt rendered by `src/prompts`. */
  respond(prompt: PromptText, signal?: AbortSignal): Promise<string>;
  /** Builds the gazetteers and the skill vocabulary now (about a second) instead of on the first plan. */
  warmUp(): Promise<void>;
}

const UNKNOWN_PROMPT = `${OFFLINE_LABEL}\n\nIn offline mode I can search jobs, compare your profile with a posting, look up companies, summarise posts and point to articles; please ask about one of those.`;

/**
 * The deterministic stand-in for an LLM: plans from the entities of the request (gazetteers built
 * once, on first use, from the network) and writes templated answers from the dossier alone.
 */
export function createOfflineEngine(options: { network: Network }): OfflineEngine {
  const { network } = options;
  let gazetteers: Promise<Gazetteers> | undefined;
  const loadGazetteers = () => {
    gazetteers ??= buildGazetteers(network.context.db).catch((error: unknown) => {
      gazetteers = undefined; // a failed load is retried by the next request
      throw error;
    });
    return gazetteers;
  };
  // The gazetteers and the taxonomy's skill vocabulary load side by side: a cold plan waits for the slower.
  const loadAll = async (signal: AbortSignal) =>
    (await Promise.all([loadGazetteers(), network.context.extractSkills('warm up', signal)]))[0];

  return {
    async warmUp() {
      await loadAll(new AbortController().signal);
    },

    async respond(text, signal = new AbortController().signal) {
      signal.throwIfAborted();
      const prompt = readPrompt(text);
      if (prompt.step === 'other') return UNKNOWN_PROMPT;
      const agent = inferAgent(prompt);
      if (prompt.step === 'answer') return writeAnswer(prompt, agent);
      const plan = await writePlan(prompt, agent, { network, gazetteers: await loadAll(signal) }, signal);
      signal.throwIfAborted();
      return plan;
    },
  };
}
