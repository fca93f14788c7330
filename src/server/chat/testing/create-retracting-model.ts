import { createScriptedModel, type ScriptedCall } from '../../../pipeline/testing/create-scripted-model.ts';
import { THREE_CALL_PLAN, THREE_CALL_QUESTION } from '../../../pipeline/testing/three-call-turn.ts';

/** A sentence of 34 words, 10 ms apart: held past the trust filter's 150 ms limit, so its start is shown before it fails. */
export const WITHDRAWN_START = 'The team behind the platform';
const WITHDRAWN = `${WITHDRAWN_START}, ${'its pipelines and dashboards, '.repeat(6)}is reachable at (202) 555-0199.`;

/** The question the retracting model's plan answers (data engineer jobs in Austin). */
export const RETRACTING_QUESTION = THREE_CALL_QUESTION.question;

/**
 * A scripted answer model (as `offlineModel`) whose answer makes the trust classifier retract text
 * already sent: a cited opening sentence, then a slow sentence ending in someone's phone number
 * (withdrawn, `private_data`), then a closing sentence. Words stream 10 ms apart.
 */
export function createRetractingModel() {
  const firstJob = (call: ScriptedCall) => /\[job:\d+\]/.exec(call.user)?.[0] ?? '[job:0]';
  return createScriptedModel((call) =>
    call.step === 'plan'
      ? { text: THREE_CALL_PLAN }
      : {
          text: `One role fits ${firstJob(call)}. ${WITHDRAWN} It matches your search.\n\nFollow-ups:\n- Show me remote data engineer jobs\n- What do data engineers earn in Austin?\n`,
          tbtMs: 10,
        },
  ).model;
}
