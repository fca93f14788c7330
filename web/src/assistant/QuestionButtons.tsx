import type { UiActions } from '../ui-document/UiNodeView.tsx';

/** Questions as buttons that ask them: what starters and follow-ups fall back to without their UI document. */
export function QuestionButtons({ questions, actions }: { questions: string[]; actions: UiActions }) {
  return (
    <div className="ui-row gap-small wrap">
      {questions.map((question) => (
        <button
          key={question}
          type="button"
          className="button secondary ui-button"
          disabled={actions.busy}
          onClick={() => actions.sendMessage(question)}
        >
          {question}
        </button>
      ))}
    </div>
  );
}
