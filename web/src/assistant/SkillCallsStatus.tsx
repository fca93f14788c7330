import type { DossierDataParts } from './chat-parts.ts';

const MARK = { running: '…', ok: '✓', failed: '✕' } as const;

/** The lookups behind an answer, updated in place as each starts and finishes. */
export function SkillCallsStatus({ calls }: { calls: DossierDataParts['skill-call'][] }) {
  return (
    <details className="skill-calls">
      <summary>
        Looked up {calls.length} {calls.length === 1 ? 'source' : 'sources'}
        {calls.some((call) => call.status === 'running') ? '…' : ''}
      </summary>
      <ul>
        {calls.map((call, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts replace in place, so order is stable
          <li key={index} className={`skill-call ${call.status}`}>
            <span aria-hidden="true">{MARK[call.status]}</span> {call.skill.replaceAll('_', ' ')}
            {call.items !== undefined && ` (${call.items})`}
            {call.error && `: ${call.error}`}
            <span className="visually-hidden"> {call.status}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
