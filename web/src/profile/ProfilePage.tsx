import { useEffect, useRef, useState } from 'react';
import { fetchJson } from '../api/fetch-json.ts';
import { type MemberProfile, memberProfileSchema } from '../api/network-schemas.ts';
import { useResource } from '../api/use-resource.ts';
import { Link } from '../app/Link.tsx';
import { itemHref } from '../app/routes.ts';
import { useAssistantTarget } from '../assistant/assistant-target.ts';
import { initialsOf } from '../common/format.ts';
import { ResourceView } from '../common/ResourceView.tsx';
import { useSignedInMember } from '../session/session.ts';
import { ProfileEditor } from './ProfileEditor.tsx';

export function ProfilePage({ memberId }: { memberId: string }) {
  const [saved, setSaved] = useState<MemberProfile | null>(null);
  const loaded = useResource(memberId, (signal) =>
    fetchJson(`/api/members/${memberId}`, memberProfileSchema, { signal }),
  );
  const profile = saved?.memberId === Number(memberId) ? { state: 'ready' as const, data: saved } : loaded;
  useAssistantTarget(
    profile.state === 'ready' ? { kind: 'profile', id: memberId, title: profile.data.name } : null,
  );
  return (
    <ResourceView resource={profile} what="the profile">
      {(data) => <ProfileView profile={data} onSaved={setSaved} />}
    </ResourceView>
  );
}

function ProfileView({
  profile,
  onSaved,
}: {
  profile: MemberProfile;
  onSaved: (profile: MemberProfile) => void;
}) {
  const own = useSignedInMember()?.id === profile.memberId;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Back from the editor: focus returns to the button that opened it.
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return (
    <article className="page-card profile-page" aria-labelledby="profile-name">
      <div className="profile-header">
        <span className="avatar large" aria-hidden="true">
          {initialsOf(profile.name)}
        </span>
        <div>
          <h1 id="profile-name" className="page-title">
            {profile.name}
          </h1>
          <p className="profile-headline">{profile.headline}</p>
          <p className="ui-text tone-muted">
            {[profile.location.city, profile.location.state].filter(Boolean).join(', ')} ·{' '}
            {profile.connectionCount} connections
          </p>
        </div>
        {own && !editing && (
          <button
            ref={editButton}
            type="button"
            className="button secondary"
            onClick={() => setEditing(true)}
          >
            Edit profile
          </button>
        )}
      </div>
      {editing ? (
        <ProfileEditor
          profile={profile}
          onCancel={() => setEditing(false)}
          onSaved={(updated) => {
            onSaved(updated);
            setEditing(false);
          }}
        />
      ) : (
        <>
          <section aria-labelledby="profile-about">
            <h2 id="profile-about">About</h2>
            <p className="prewrap">{profile.about || 'Nothing here yet.'}</p>
          </section>
          <section aria-labelledby="profile-skills">
            <h2 id="profile-skills">Skills</h2>
            <ul className="tags">
              {profile.skills.map((skill) => (
                <li key={skill} className="ui-chip">
                  {skill}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      {profile.positions.length > 0 && (
        <section aria-labelledby="profile-experience">
          <h2 id="profile-experience">Experience</h2>
          <ul className="timeline">
            {profile.positions.map((position) => (
              <li key={`${position.title}:${position.startDate}`}>
                <strong>{position.title}</strong>
                <br />
                <Link href={itemHref('company', String(position.company.companyId))}>
                  {position.company.name}
                </Link>
                <br />
                <span className="ui-text tone-muted">
                  {position.startDate} – {position.endDate ?? 'present'}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {profile.education.length > 0 && (
        <section aria-labelledby="profile-education">
          <h2 id="profile-education">Education</h2>
          <ul className="timeline">
            {profile.education.map((entry) => (
              <li key={`${entry.school}:${entry.endYear}`}>
                <strong>{entry.school}</strong>
                <br />
                {entry.degree}, {entry.field} ({entry.endYear})
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
