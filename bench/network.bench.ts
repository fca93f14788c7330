import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { sql } from 'kysely';
import { createNetwork, type Network } from '../src/network/api/create-network.ts';
import { percentile } from '../src/network/api/percentile.ts';
import { ANONYMOUS_VIEWER } from '../src/network/api/viewer.ts';
import { openDatabase } from '../src/network/db/open-database.ts';
import type { Benchmark } from './benchmarks.ts';

const BIN = resolve(import.meta.dirname, '../bin/dossier.js');
const QUERIES = 1000;
const LOAD_SECONDS = 5;
const CONNECTIONS = 10;

// autocannon ships no types; this is the part used here.
interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests?: { method: 'GET'; setupRequest: (request: { path: string }) => { path: string } }[];
}) => Promise<LoadResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** Runs `node bin/dossier.js ...args` pinned to two cores (when taskset exists), progress on stderr. */
function dossierCommand(args: string[], options: { env?: NodeJS.ProcessEnv; stdout: 'inherit' | 'pipe' }) {
  const pinned = spawnSync('taskset', ['--version']).status === 0;
  const [command, commandArgs] = pinned
    ? ['taskset', ['-c', '0,1', process.execPath, BIN, ...args]]
    : [process.execPath, [BIN, ...args]];
  return {
    pinned,
    child: spawn(command, commandArgs as string[], {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', options.stdout, 'inherit'],
    }),
  };
}

async function timeImport(databasePath: string): Promise<{ seconds: number; pinned: boolean }> {
  const started = performance.now();
  const { child, pinned } = dossierCommand(['import', '--database', databasePath], { stdout: 'inherit' });
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`import exited with ${code}`);
  return { seconds: (performance.now() - started) / 1000, pinned };
}

type QueryCase = { kind: string; run: (network: Network) => Promise<unknown>; term: string };

/** A fixed mix of searches built from the data: titles, skills, companies, people, topics, half with filters. */
async function buildQueryMix(db: ReturnType<typeof openDatabase>): Promise<QueryCase[]> {
  const sample = async (query: string) =>
    (await sql<{ value: string; extra: string | null }>`${sql.raw(query)}`.execute(db)).rows;
  const titles = await sample('select title as value, state as extra from jobs order by job_id');
  const skills = await sample(
    'select skill as value, null as extra from job_skills group by skill order by count(*) desc limit 200',
  );
  const companies = await sample(
    "select name as value, null as extra from companies where source = 'dataset' order by company_id",
  );
  const people = await sample(
    "select first_name || ' ' || last_name as value, state as extra from members order by member_id",
  );
  const topics = await sample(
    'select tag as value, null as extra from post_tags group by tag order by count(*) desc',
  );
  const anyone = ANONYMOUS_VIEWER;
  const cases: QueryCase[] = [];
  for (let index = 0; cases.length < QUERIES; index += 1) {
    const filtered = index % 2 === 1;
    const pick = <T>(rows: T[]) => rows[(index * 7919) % rows.length] as T;
    const title = pick(titles);
    const skill = pick(skills);
    const company = pick(companies);
    const person = pick(people);
    const topic = pick(topics);
    const mix: QueryCase[] = [
      {
        kind: 'job title',
        term: title.value,
        run: (n) =>
          n.searchJobs(anyone, {
            query: title.value,
            location: filtered ? (title.extra ?? 'CA') : undefined,
          }),
      },
      {
        kind: 'skill',
        term: skill.value,
        run: (n) => n.searchJobs(anyone, { query: skill.value, remote: filtered ? true : undefined }),
      },
      {
        kind: 'company',
        term: company.value,
        run: (n) =>
          n.searchCompanies(anyone, { query: company.value, location: filtered ? 'CA' : undefined }),
      },
      {
        kind: 'person',
        term: person.value,
        run: (n) =>
          n.searchPeople(anyone, {
            query: person.value,
            location: filtered ? (person.extra ?? 'NY') : undefined,
          }),
      },
      {
        kind: 'topic',
        term: topic.value,
        run: (n) =>
          index % 4 < 2
            ? n.searchPosts(anyone, {
                query: topic.value,
                publishedAfter: filtered ? '2018-01-01' : undefined,
              })
            : n.searchArticles(anyone, { query: topic.value }),
      },
    ];
    cases.push(mix[index % mix.length] as QueryCase);
  }
  return cases;
}

async function measure(
  label: string,
  cases: readonly QueryCase[],
  run: (item: QueryCase) => Promise<unknown>,
): Promise<number[]> {
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: ` ${label.padEnd(22)} |{bar}| {value}/{total}`, noTTYOutput: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(cases.length, 0);
  const durations: number[] = [];
  for (const item of cases) {
    const started = performance.now();
    await run(item);
    durations.push(performance.now() - started);
    bar.increment();
  }
  bar.stop();
  return durations;
}

const summary = (durations: number[]) => {
  const sorted = [...durations].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5) ?? 0, p99: percentile(sorted, 0.99) ?? 0 };
};

async function startServerProcess(databasePath: string): Promise<{ url: string; child: ChildProcess }> {
  const { child } = dossierCommand(['serve'], {
    env: { DATABASE_URL: databasePath, PORT: '0' },
    stdout: 'pipe',
  });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout?.on('data', (data: Buffer) => {
      out += data;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) done(match[1].replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => fail(new Error(`server exited with ${code}: ${out}`)));
  });
  return { url, child };
}

export const networkBenchmark: Benchmark = {
  name: 'network',
  description: `import time on 2 cores; search latency over ${QUERIES} mixed queries; GET /api/jobs/:id req/s (autocannon)`,
  async run({ signal }) {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
    const databasePath = join(folder, 'network.sqlite');
    try {
      console.log('### import (fresh SQLite file)\n');
      const imported = await timeImport(databasePath);
      console.table({
        import: {
          seconds: Number(imported.seconds.toFixed(1)),
          cores: imported.pinned ? '2 (taskset -c 0,1)' : 'all',
        },
      });
      signal.throwIfAborted();

      console.log(`\n### search latency (${QUERIES} mixed queries, half with filters, sequential)\n`);
      const db = openDatabase({ url: databasePath });
      const network = createNetwork(db);
      const cases = await buildQueryMix(db);
      await measure('warm-up', cases.slice(0, 50), (item) => item.run(network));
      const searches = await measure('full-text search', cases, (item) => item.run(network));
      // Baseline: what the search replaces, a substring scan of job titles and descriptions for the same text.
      const scans = await measure('baseline LIKE scan', cases, (item) =>
        db
          .selectFrom('jobs')
          .select('job_id')
          .where((eb) =>
            eb.or([
              eb(sql`lower(title)`, 'like', `%${item.term.toLowerCase()}%`),
              eb(sql`lower(description)`, 'like', `%${item.term.toLowerCase()}%`),
            ]),
          )
          .limit(20)
          .execute(),
      );
      const byKind = new Map<string, number[]>();
      cases.forEach((item, index) => {
        byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), searches[index] ?? 0]);
      });
      const ms = (value: number) => Number(value.toFixed(2));
      const all = summary(searches);
      const baseline = summary(scans);
      console.table({
        ...Object.fromEntries(
          [...byKind].map(([kind, durations]) => {
            const s = summary(durations);
            return [
              `search: ${kind}`,
              { queries: durations.length, 'p50 ms': ms(s.p50), 'p99 ms': ms(s.p99) },
            ];
          }),
        ),
        'search: all': { queries: searches.length, 'p50 ms': ms(all.p50), 'p99 ms': ms(all.p99) },
        'baseline: LIKE scan of jobs': {
          queries: scans.length,
          'p50 ms': ms(baseline.p50),
          'p99 ms': ms(baseline.p99),
        },
      });
      console.log(
        `search / LIKE-scan baseline: p50 ${(all.p50 / baseline.p50).toFixed(2)}x, p99 ${(all.p99 / baseline.p99).toFixed(2)}x`,
      );
      const jobIds = (await db.selectFrom('jobs').select('job_id').orderBy('job_id').execute()).map(
        (row) => row.job_id,
      );
      await db.destroy();
      signal.throwIfAborted();

      console.log(
        `\n### HTTP (autocannon, ${CONNECTIONS} connections, ${LOAD_SECONDS}s each, server in its own process on 2 cores)\n`,
      );
      const server = await startServerProcess(databasePath);
      try {
        let next = 0;
        const load = async (path: string | null) =>
          autocannon({
            url: server.url,
            connections: CONNECTIONS,
            duration: LOAD_SECONDS,
            requests: [
              {
                method: 'GET',
                setupRequest: (request) => {
                  next = (next + 1) % jobIds.length;
                  return { ...request, path: path ?? `/api/jobs/${jobIds[next]}` };
                },
              },
            ],
          });
        const health = await load('/healthz');
        const jobs = await load(null);
        const row = (result: LoadResult) => ({
          'req/s': Math.round(result.requests.average),
          'p50 ms': result.latency.p50,
          'p99 ms': result.latency.p99,
          requests: result.requests.total,
          'non-2xx': result.non2xx,
          errors: result.errors,
        });
        console.table({ 'baseline: GET /healthz': row(health), 'GET /api/jobs/:id': row(jobs) });
        console.log(
          `job lookup / healthz: ${(jobs.requests.average / health.requests.average).toFixed(2)}x req/s`,
        );
      } finally {
        server.child.kill('SIGTERM');
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
