import { UiDocumentView } from '../ui-document/UiDocumentView.tsx';
import type { UiActions } from '../ui-document/UiNodeView.tsx';
import { AnswerText } from './AnswerText.tsx';
import { type DossierMessage, dataOf, textOf } from './chat-parts.ts';
import { FeedbackButtons } from './FeedbackButtons.tsx';
import { QuestionButtons } from './QuestionButtons.tsx';
import { SkillCallsStatus } from './SkillCallsStatus.tsx';

/**
 * One assistant answer: what it looked up, the streamed text (cut back where text was withdrawn, with a
 * notice saying why), notices (offline mode, withheld text), cards and follow-up questions, each drawn
 * from the message's parts in order.
 */
export function AssistantMessage({
  message,
  streaming,
  actions,
}: {
  message: DossierMessage;
  streaming: boolean;
  actions: UiActions;
}) {
  const route = message.parts.map((part) => dataOf(part, 'route')).find(Boolean);
  const skillCalls = message.parts.flatMap((part) => dataOf(part, 'skill-call') ?? []);
  const cards = message.parts.flatMap((part) => dataOf(part, 'card') ?? []);
  const notices = message.parts.flatMap((part) => dataOf(part, 'notice') ?? []);
  const followUps = message.parts.map((part) => dataOf(part, 'follow-ups')).findLast(Boolean);
  const retractions = message.parts.flatMap((part) => dataOf(part, 'retraction') ?? []);
  const text = textOf(message);
  return (
    <article className="message assistant" aria-label="Assistant answer" aria-busy={streaming}>
      {route && <p className="message-meta">Answered by the {route.agent.replaceAll('_', ' ')} assistant</p>}
      {skillCalls.length > 0 && <SkillCallsStatus calls={skillCalls} />}
      {notices.map((notice) => (
        <p
          key={`${notice.code}:${notice.text}`}
          className={`notice ${notice.level}${notice.code === 'offline' ? ' offline' : ''}`}
          data-code={notice.code}
        >
          {notice.code === 'offline' && <strong>Offline mode. </strong>}
          {notice.text}
        </p>
      ))}
      <div className="answer-text" aria-live="polite">
        <AnswerText text={text} />
        {streaming && <span className="cursor" aria-hidden="true" />}
      </div>
      {retractions.map(({ fromChar, reason }) => (
        <p key={`${fromChar}:${reason}`} className="notice warning retraction" role="note">
          Part of this answer was withdrawn: {reason}
        </p>
      ))}
      {cards.length > 0 && (
        <ul className="cards" aria-label="Cards">
          {cards.map(({ card, ui }) => (
            <li key={`${card.kind}:${card.id}`}>
              <UiDocumentView
                document={ui}
                actions={actions}
                fallback={
                  <article className="ui-card">
                    <h3 className="ui-heading">{card.title}</h3>
                    {card.subtitle && <p className="ui-text tone-muted">{card.subtitle}</p>}
                  </article>
                }
              />
            </li>
          ))}
        </ul>
      )}
      {followUps && !streaming && (
        <section className="follow-ups" aria-label="Follow-up questions">
          <UiDocumentView
            document={followUps.ui}
            actions={actions}
            fallback={<QuestionButtons questions={followUps.questions} actions={actions} />}
          />
        </section>
      )}
      {!streaming && text && <FeedbackButtons messageId={message.id} />}
    </article>
  );
}
