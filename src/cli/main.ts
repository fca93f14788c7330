// The `dossier` command: one file per subcommand under ./commands, loaded on demand so that
// a batch command does not pay for the server's start-up.
const commands: Record<
  string,
  { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> }
> = {
  import: {
    summary: 'import the bundled data into the database',
    load: () => import('./commands/import.ts'),
  },
  serve: { summary: 'start the HTTP server (npm start)', load: () => import('./commands/serve.ts') },
  'parse-calls': {
    summary: 'parse LLM plans (JSON Lines in, one result per line out)',
    load: () => import('./commands/parse-calls.ts'),
  },
  'sim-llm': {
    summary: 'serve the OpenAI-compatible LLM simulator (latency and fault injection)',
    load: () => import('./commands/sim-llm.ts'),
  },
  skills: {
    summary: 'list the skills (--json: the shape parse-calls --skills reads)',
    load: () => import('./commands/skills.ts'),
  },
  skill: {
    summary: 'invoke one skill and print its LLM rendering',
    load: () => import('./commands/skill.ts'),
  },
  route: {
    summary: 'route questions to agents (JSON Lines in, one {id, agent, confidence} per line out)',
    load: () => import('./commands/route.ts'),
  },
  'train-router': {
    summary: 'train the router model on the bundled utterances and CLINC150',
    load: () => import('./commands/train-router.ts'),
  },
  guard: {
    summary:
      'judge texts for jailbreaks and prompt injections (JSON Lines in, {id, verdict, score, reasons} out)',
    load: () => import('./commands/guard.ts'),
  },
  'train-guard': {
    summary: 'train the input guard on data/safety and the bundled job descriptions and posts',
    load: () => import('./commands/train-guard.ts'),
  },
  ask: {
    summary: 'ask the assistant one question: streams the answer, then its cards and follow-ups',
    load: () => import('./commands/ask.ts'),
  },
  bench: { summary: 'run the benchmarks (npm run bench)', load: () => import('./commands/bench.ts') },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return ['usage: dossier <command> [options]', '', 'commands:', ...lines].join('\n');
}

const [name, ...argv] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  console.error(name && name !== '--help' && name !== 'help' ? `dossier: unknown command '${name}'\n` : '');
  console.error(usage());
  process.exitCode = name === '--help' || name === 'help' ? 0 : 2;
} else {
  try {
    process.exitCode = await (await command.load()).run(argv);
  } catch (error) {
    console.error(`dossier ${name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
