import type { Kysely } from 'kysely';
import { createExamplesStore } from '../examples/create-examples-store.ts';
import { createTextEmbedder } from '../examples/create-text-embedder.ts';
import { loadExamples } from '../examples/load-examples.ts';
import { loadLlmConfig } from '../llm/config/load-llm-config.ts';
import { createGateway, type Gateway } from '../llm/gateway/create-gateway.ts';
import { createNetwork, type Network } from '../network/api/create-network.ts';
import { migrateToLatest } from '../network/db/migrate.ts';
import type { Database } from '../network/db/schema.ts';
import { createOfflineEngine, type OfflineEngine } from '../offline-engine/create-offline-engine.ts';
import { createOfflineLanguageModel } from '../offline-engine/create-offline-language-model.ts';
import { loadRouterModel } from '../router/router-model.ts';
import { createDefaultSkills } from '../skills/catalog/default-skills.ts';
import { createSkillRegistry, type SkillRegistry } from '../skills/create-skill-registry.ts';
import { webSearchProviderFromEnv } from '../skills/web-search/web-search-provider-from-env.ts';
import { type ConversationStore, createConversationStore } from './create-conversation-store.ts';
import { createPipeline, type Pipeline } from './create-pipeline.ts';

export interface Assistant {
  network: Network;
  gateway: Gateway;
  registry: SkillRegistry;
  store: ConversationStore;
  pipeline: Pipeline;
  /**
   * The process's one offline engine, behind the pipeline's offline model and warmed when it will
   * answer: anything else that needs offline text takes this one rather than building (and warming)
   * a second set of gazetteers.
   */
  offlineEngine: OfflineEngine;
}

/**
 * The assistant as the app runs it, over an open database: the network, the configured LLM
 * endpoints (offline engine when there are none), the default skills, the router, the examples
 * store and persisted conversations. Shared by `dossier ask`, `dossier serve` and benchmarks.
 */
export async function openAssistant(
  db: Kysely<Database>,
  { env = process.env }: { env?: NodeJS.ProcessEnv } = {},
): Promise<Assistant> {
  await migrateToLatest(db); // a database imported before the conversations tables existed
  const network = createNetwork(db);
  const config = loadLlmConfig({ env });
  const gateway = createGateway(config);
  const offlineEngine = createOfflineEngine({ network });
  // Built while the examples are embedded, when it will answer: the first plan need not wait for its gazetteers.
  const [examples] = await Promise.all([
    createExamplesStore({
      examples: loadExamples(),
      embedder: createTextEmbedder(config.roles.embeddings, { gateway }),
    }),
    gateway.isOnline('small') && gateway.isOnline('large') ? undefined : offlineEngine.warmUp(),
  ]);
  const registry = createSkillRegistry({
    network,
    skills: createDefaultSkills({ webSearch: webSearchProviderFromEnv(env) }),
  });
  const store = createConversationStore(db);
  const pipeline = createPipeline({
    network,
    registry,
    routerModel: loadRouterModel(),
    models: { gateway, offlineModel: createOfflineLanguageModel({ engine: offlineEngine }) },
    examples,
    store,
  });
  return { network, gateway, registry, store, pipeline, offlineEngine };
}
