import { parseArgs } from 'node:util';
import { databaseUrlFromEnv, isPostgresUrl, openDatabase } from '../../network/db/open-database.ts';
import { buildDatabase, databaseExists } from '../../network/import/ensure-database.ts';
import { nextAnswerText } from '../../pipeline/answer-text.ts';
import { formatWithdrawal } from '../../pipeline/format-withdrawal.ts';
import type { TurnRequest } from '../../pipeline/guard-turn-request.ts';
import { openAssistant } from '../../pipeline/open-assistant.ts';
import type { TurnEvent } from '../../pipeline/turn-event.ts';
import { CONTEXT_KINDS, type ContextKind } from '../../router/route-input.ts';
import { createStepBars } from '../progress-bars.ts';

const USAGE =
  'usage: dossier ask "question" [--member ID] [--context kind:id] [--conversation ID] [--json]\n' +
  `  kind: ${CONTEXT_KINDS.join(', ')}; --json prints every event as a JSON line instead of the text`;

/** The flags as a turn request; throws with a message naming the bad flag. */
export function parseAskOptions(argv: string[]): { request: Omit<TurnRequest, 'signal'>; json: boolean } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      member: { type: 'string' },
      context: { type: 'string' },
      conversation: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const question = positionals.join(' ').trim();
  if (!question) throw new Error('a question is required');
  let member: number | undefined;
  if (values.member !== undefined) {
    member = Number(values.member);
    if (!Number.isInteger(member) || member <= 0)
      throw new Error(`--member must be a member id, got "${values.member}"`);
  }
  let context: TurnRequest['context'];
  if (values.context !== undefined) {
    const [, kind, id] = /^([a-z]+):(\S+)$/.exec(values.context) ?? [];
    if (!kind || !id || !(CONTEXT_KINDS as readonly string[]).includes(kind)) {
      throw new Error(
        `--context must be kind:id with kind one of ${CONTEXT_KINDS.join(', ')}, got "${values.context}"`,
      );
    }
    context = { kind: kind as ContextKind, id };
  }
  return { request: { question, member, context, conversationId: values.conversation }, json: values.json };
}

const ms = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value)} ms`);

/** Where the terminal view writes: the answer (`out`, text as given) and what ran (`err`, one line each). */
export interface TerminalOutput {
  out(text: string): void;
  err(line: string): void;
}

const TERMINAL: TerminalOutput = {
  out: (text) => process.stdout.write(text),
  err: (line) => console.error(line),
};

/**
 * What the member sees on stdout (the answer, then cards and follow-ups) and what ran, on stderr.
 * Printed text cannot be taken back: a retraction prints which text to disregard, and why.
 */
export function createTerminalView(output: TerminalOutput = TERMINAL): (event: TurnEvent) => void {
  let cards = 0;
  /** The answer printed so far, without withdrawn text: what a retraction's `fromChar` counts in. */
  let answer = '';
  return (event) => {
    const before = answer;
    answer = nextAnswerText(answer, event);
    switch (event.type) {
      case 'turn_started':
        output.err(`conversation ${event.conversationId} (continue it with --conversation)`);
        break;
      case 'route':
        output.err(`agent: ${event.agent} (${event.source}, confidence ${event.confidence.toFixed(2)})`);
        break;
      case 'skill_call_started':
        output.err(`→ ${event.skill} ${JSON.stringify(event.args)} at ${ms(event.atMs)}`);
        break;
      case 'skill_call_finished':
        output.err(
          event.ok
            ? `✓ ${event.skill}: ${event.items} item(s) in ${ms(event.durationMs)}`
            : `✗ ${event.skill}: ${event.error?.code} ${event.error?.message ?? ''}`,
        );
        break;
      case 'degraded':
        output.err(`degraded (${event.step}): ${event.reason}`);
        break;
      case 'text_delta':
        output.out(event.text);
        break;
      case 'retracted':
        output.out(formatWithdrawal(before.slice(event.fromChar), event.reason));
        break;
      case 'attachment': {
        const { kind, id, title, subtitle, url } = event.card;
        if (cards++ === 0) output.out('\n\nCards:\n');
        output.out(`  [${kind}:${id}] ${title} — ${subtitle}${url ? `\n    ${url}` : ''}\n`);
        break;
      }
      case 'follow_ups':
        output.out(`\nYou could ask next:\n${event.questions.map((q) => `  - ${q}`).join('\n')}\n`);
        break;
      case 'done': {
        const steps = event.timings.map(
          (t) =>
            `${t.step} ${ms(t.durationMs)}${t.ttftMs === undefined ? '' : ` (ttft ${ms(t.ttftMs)}, ${t.source})`}`,
        );
        output.err(`done in ${ms(event.totalMs)}: ${steps.join(', ')}`);
        break;
      }
      case 'error':
        output.err(`\nerror (${event.code}): ${event.message}`);
        break;
    }
  };
}

/**
 * `dossier ask "question"`: one turn of the assistant in the terminal, streamed as it is written.
 * Uses DATABASE_URL (default var/dossier.sqlite, imported first if missing), the configured LLM
 * endpoints, or the offline engine when none is configured. Exit 2 for bad flags, 1 when the turn fails.
 */
export async function run(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseAskOptions>;
  try {
    parsed = parseAskOptions(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const controller = new AbortController();
  const abort = () => controller.abort(new Error('interrupted'));
  process.once('SIGINT', abort);
  const url = databaseUrlFromEnv();
  try {
    if (!(await databaseExists(url))) {
      console.error(
        `no database at ${isPostgresUrl(url) ? 'DATABASE_URL' : url}: importing the bundled data first`,
      );
      const bars = createStepBars();
      await buildDatabase({ url, onStep: bars.onStep, signal: controller.signal }).finally(() => bars.stop());
    }
    const db = openDatabase({ url });
    try {
      const { pipeline } = await openAssistant(db);
      const show = parsed.json
        ? (event: TurnEvent) => console.log(JSON.stringify(event))
        : createTerminalView();
      let last: TurnEvent | undefined;
      for await (const event of pipeline.runTurn({ ...parsed.request, signal: controller.signal })) {
        show(event);
        last = event;
      }
      return last?.type === 'done' ? 0 : last?.type === 'error' && last.code === 'invalid_input' ? 2 : 1;
    } finally {
      await db.destroy();
    }
  } finally {
    process.off('SIGINT', abort);
  }
}
