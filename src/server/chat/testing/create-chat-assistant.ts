import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LanguageModel } from 'ai';
import type { Gateway } from '../../../llm/gateway/create-gateway.ts';
import type { Network } from '../../../network/api/create-network.ts';
import { migrateToLatest } from '../../../network/db/migrate.ts';
import { openDatabase } from '../../../network/db/open-database.ts';
import { createConversationStore } from '../../../pipeline/create-conversation-store.ts';
import { createPipeline } from '../../../pipeline/create-pipeline.ts';
import { loadRouterModel } from '../../../router/router-model.ts';
import type { SkillCatalog } from '../../../skills/create-skill-registry.ts';

/**
 * The real pipeline over a (read-only) network, recording conversations in a SQLite file of its
 * own, for tests and benchmarks of the chat API: the offline engine answers unless a gateway or
 * another offline model is given.
 */
export async function createChatAssistant({
  network,
  registry,
  gateway,
  offlineModel,
}: {
  network: Network;
  registry: SkillCatalog;
  gateway?: Gateway;
  /** Stands in for the offline engine, e.g. a scripted model (`testing/create-retracting-model.ts`). */
  offlineModel?: LanguageModel;
}) {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-chat-'));
  const db = openDatabase({ url: join(folder, 'conversations.sqlite') });
  await migrateToLatest(db);
  const store = createConversationStore(db);
  const pipeline = createPipeline({
    network,
    registry,
    routerModel: loadRouterModel(),
    models: { gateway, offlineModel },
    store,
  });
  return {
    db,
    store,
    pipeline,
    async close() {
      await db.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
