import { useId, useState } from 'react';
import { useResource } from '../api/use-resource.ts';
import { Link } from '../app/Link.tsx';
import { itemHref } from '../app/routes.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { listDemoMembers, type SessionMember, signIn, signOut } from './session.ts';

/**
 * Demo sign-in: pick one of the generated members (no passwords). Signing in or out reloads the
 * page, so every list and conversation is read again as the new viewer.
 */
export function SignInPicker({ member }: { member: SessionMember | null }) {
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<Error | null>(null);
  const change = (action: () => Promise<unknown>) =>
    action().then(
      () => window.location.reload(),
      (error: unknown) => setFailure(error instanceof Error ? error : new Error(String(error))),
    );
  if (member)
    return (
      <div className="session">
        <Link href={itemHref('member', String(member.id))} className="session-name">
          {member.name}
        </Link>
        <button type="button" className="button secondary small" onClick={() => change(signOut)}>
          Sign out
        </button>
        {failure && <ErrorNotice title="Could not sign out." error={failure} />}
      </div>
    );
  return (
    <div className="session">
      <button
        type="button"
        className="button primary small"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Sign in
      </button>
      {open && <MemberChoices onChoose={(id) => change(() => signIn(id))} />}
      {failure && <ErrorNotice title="Could not sign in." error={failure} />}
    </div>
  );
}

function MemberChoices({ onChoose }: { onChoose: (memberId: number) => void }) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const members = useResource(`members:${query}`, (signal) => listDemoMembers(query, signal));
  return (
    <div className="member-choices" role="dialog" aria-label="Sign in as a demo member">
      <label htmlFor={inputId}>Sign in as (demo members, no password)</label>
      <input
        id={inputId}
        type="search"
        // biome-ignore lint/a11y/noAutofocus: the dialog opened for this input
        autoFocus
        placeholder="Name, headline or skill"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {members.state === 'failed' && (
        <ErrorNotice title="Could not list members." error={members.error} onRetry={members.retry} />
      )}
      {members.state === 'ready' && (
        <ul>
          {members.data.map((member) => (
            <li key={member.id}>
              <button type="button" className="member-choice" onClick={() => onChoose(member.id)}>
                <strong>{member.name}</strong>
                <span>{member.headline}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
