import { insertInBatches } from '../db/insert-in-batches.ts';
import { indexSearchDocuments } from '../search/search-document.ts';
import type { ImportContext, ImportCounts } from './import-context.ts';
import { memberSearchDocument } from './member-search-document.ts';
import { generateMembers } from './members/generate-members.ts';
import { loadMemberSources } from './members/load-member-sources.ts';

/**
 * Generates the demo members (ids 1..2000) from the taxonomy, companies and postings already
 * imported, with their positions, education, skills and symmetric connections.
 */
export async function importMembers({ db, progress, signal }: ImportContext): Promise<ImportCounts> {
  progress.total(4);
  const sources = await loadMemberSources(db);
  progress.advance();
  const { members, connections } = generateMembers(sources);
  signal.throwIfAborted();
  progress.advance();

  const companyName = new Map(sources.employers.map((e) => [e.companyId, e.name]));
  const counts: ImportCounts = {
    members: await insertInBatches(
      db,
      'members',
      members.map((m) => m.member),
    ),
    member_positions: await insertInBatches(
      db,
      'member_positions',
      members.flatMap((m) => m.positions),
    ),
    member_education: await insertInBatches(
      db,
      'member_education',
      members.map((m) => m.education),
    ),
    member_skills: await insertInBatches(
      db,
      'member_skills',
      members.flatMap((m) => m.skills.map((skill) => ({ member_id: m.member.member_id, skill }))),
    ),
    connections: await insertInBatches(
      db,
      'connections',
      connections.flatMap(([a, b]) => [
        { member_id: a, connected_id: b },
        { member_id: b, connected_id: a },
      ]),
    ),
  };
  progress.advance();
  await indexSearchDocuments(
    db,
    members.map((m) => memberSearchDocument(m, companyName)),
  );
  progress.advance();
  return counts;
}
