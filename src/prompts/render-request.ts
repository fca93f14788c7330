import { VIEWING_PREFIX } from './prompt-markers.ts';
import { type PromptSection, promptSection } from './prompt-section.ts';
import { createFenceNonce, fenceAsData } from './render-dossier.ts';

export const REQUEST_VERSION = '2';

/** Who is asking and what they are viewing, in the user message; absent parts are left out. */
export interface AskingMember {
  id: number;
  /** One line from the profile, e.g. the headline and location. */
  summary?: string;
}

/** What the member is viewing: its reference, and what the network says about it (retrieved, so fenced as data). */
export interface ViewedItem {
  /** `kind:id`, e.g. `job:3904388204`. */
  ref: string;
  /** e.g. its title and subtitle, `Data Engineer, Acme, Austin`. */
  description?: string;
}

/** Profile and item text is written by others: on one line it cannot start a line of the prompt's own. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The member, what they are viewing and their question: the end of every user message. The viewed
 * item's description comes from the network (a title anyone can write), so it sits in a `VIEWED`
 * fence like a dossier item, under the prompt's dossier nonce when there is one.
 */
export function renderRequest(input: {
  member?: AskingMember;
  context?: ViewedItem;
  question: string;
  nonce?: string;
}): PromptSection {
  const lines: string[] = [];
  if (input.member) {
    const summary = input.member.summary ? `: ${oneLine(input.member.summary)}` : '';
    lines.push(`Asking member: [member:${input.member.id}]${summary}`);
  }
  if (input.context) {
    lines.push(`${VIEWING_PREFIX}${input.context.ref}`);
    if (input.context.description)
      lines.push(
        fenceAsData(oneLine(input.context.description), {
          label: 'VIEWED',
          nonce: input.nonce ?? createFenceNonce(),
        }),
      );
  }
  lines.push(`## Question\n${input.question.trim()}`);
  return promptSection('request', REQUEST_VERSION, lines.join('\n'));
}
