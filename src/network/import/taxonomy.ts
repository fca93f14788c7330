import { join } from 'node:path';
import { z } from 'zod';
import { insertInBatches } from '../db/insert-in-batches.ts';
import type { ImportContext, ImportCounts } from './import-context.ts';
import { readTable } from './read-table.ts';

const code = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/);
const yesNo = z.enum(['Y', 'N']).transform((flag) => (flag === 'Y' ? 1 : 0));
const notApplicable = (value: string) => (value === 'n/a' || value === '' ? null : value);

const occupationRow = z.object({ 'O*NET-SOC Code': code, Title: z.string().min(1), Description: z.string() });
const jobZoneRow = z.object({ 'O*NET-SOC Code': code, 'Job Zone': z.coerce.number().int().min(1).max(5) });
const alternateTitleRow = z.object({
  'O*NET-SOC Code': code,
  'Alternate Title': z.string().min(1),
  'Short Title': z.string().transform(notApplicable),
});
const technologyRow = z.object({
  'O*NET-SOC Code': code,
  Example: z.string().min(1),
  'Commodity Code': z.string().min(1),
  'Commodity Title': z.string().min(1),
  'Hot Technology': yesNo,
  'In Demand': yesNo,
});
const taskRow = z.object({
  'O*NET-SOC Code': code,
  'Task ID': z.coerce.number().int().positive(),
  Task: z.string().min(1),
  'Task Type': z.string().transform(notApplicable),
});
const relatedRow = z.object({
  'O*NET-SOC Code': code,
  'Related O*NET-SOC Code': code,
  'Relatedness Tier': z.string().min(1),
  Index: z.coerce.number().int().positive(),
});

/**
 * Imports the O*NET 29.2 skills taxonomy from `data/onet`: occupations with their job zone, alternate
 * titles, technology skills (with the "Hot" and "In Demand" flags), tasks and related occupations.
 * Technology rows are keyed by (occupation, technology); a repeated pair keeps its first row.
 */
export async function importTaxonomy({
  db,
  dataDir,
  signal,
  progress,
}: ImportContext): Promise<ImportCounts> {
  const file = (name: string) => join(dataDir, 'onet', name);
  const [occupations, jobZones, titles, technologies, tasks, related] = await Promise.all([
    readTable(file('occupation-data.txt'), 'tsv', occupationRow),
    readTable(file('job-zones.txt'), 'tsv', jobZoneRow),
    readTable(file('alternate-titles.txt'), 'tsv', alternateTitleRow),
    readTable(file('technology-skills.txt'), 'tsv', technologyRow),
    readTable(file('task-statements.txt'), 'tsv', taskRow),
    readTable(file('related-occupations.txt'), 'tsv', relatedRow),
  ]);
  signal.throwIfAborted();
  progress.total(5);

  const jobZoneByCode = new Map(jobZones.map((row) => [row['O*NET-SOC Code'], row['Job Zone']]));
  const counts: ImportCounts = {};
  counts.occupations = await insertInBatches(
    db,
    'occupations',
    occupations.map((row) => ({
      onet_code: row['O*NET-SOC Code'],
      title: row.Title,
      description: row.Description,
      job_zone: jobZoneByCode.get(row['O*NET-SOC Code']) ?? null,
    })),
  );
  progress.advance();

  counts.occupation_titles = await insertInBatches(
    db,
    'occupation_titles',
    titles.map((row) => ({
      onet_code: row['O*NET-SOC Code'],
      title: row['Alternate Title'],
      short_title: row['Short Title'],
    })),
  );
  progress.advance();
  signal.throwIfAborted();

  const technologyByKey = new Map<string, (typeof technologies)[number]>();
  for (const row of technologies) {
    const key = `${row['O*NET-SOC Code']}\t${row.Example}`;
    if (!technologyByKey.has(key)) technologyByKey.set(key, row);
  }
  counts.occupation_technologies = await insertInBatches(
    db,
    'occupation_technologies',
    [...technologyByKey.values()].map((row) => ({
      onet_code: row['O*NET-SOC Code'],
      technology: row.Example,
      commodity_code: row['Commodity Code'],
      commodity_title: row['Commodity Title'],
      hot: row['Hot Technology'],
      in_demand: row['In Demand'],
    })),
  );
  progress.advance();
  signal.throwIfAborted();

  counts.occupation_tasks = await insertInBatches(
    db,
    'occupation_tasks',
    tasks.map((row) => ({
      onet_code: row['O*NET-SOC Code'],
      task_id: row['Task ID'],
      task: row.Task,
      task_type: row['Task Type'],
    })),
  );
  progress.advance();

  counts.related_occupations = await insertInBatches(
    db,
    'related_occupations',
    related.map((row) => ({
      onet_code: row['O*NET-SOC Code'],
      related_code: row['Related O*NET-SOC Code'],
      tier: row['Relatedness Tier'],
      rank: row.Index,
    })),
  );
  progress.advance();
  return counts;
}
