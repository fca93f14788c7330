import { type FormEvent, useId, useState } from 'react';
import { ApiError, fetchJson } from '../api/fetch-json.ts';
import { type MemberProfile, memberProfileSchema } from '../api/network-schemas.ts';

// The limits PATCH /api/members/me enforces (src/network/api/update-member-profile.ts).
const MAX_HEADLINE = 220;
const MAX_ABOUT = 2600;

/** The member's own headline, about and skills (one per line or comma-separated). */
export function ProfileEditor({
  profile,
  onSaved,
  onCancel,
}: {
  profile: MemberProfile;
  onSaved: (profile: MemberProfile) => void;
  onCancel: () => void;
}) {
  const [headline, setHeadline] = useState(profile.headline);
  const [about, setAbout] = useState(profile.about);
  const [skills, setSkills] = useState(profile.skills.join('\n'));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = useId();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const body = {
        headline,
        about,
        skills: skills
          .split(/[\n,]/)
          .map((skill) => skill.trim())
          .filter(Boolean),
      };
      onSaved(await fetchJson('/api/members/me', memberProfileSchema, { method: 'PATCH', body }));
    } catch (failure) {
      setError(failure instanceof ApiError || failure instanceof Error ? failure.message : String(failure));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className="profile-editor" onSubmit={save} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Edit your profile</h2>
      <label htmlFor={`${ids}-headline`}>Headline</label>
      <input
        id={`${ids}-headline`}
        value={headline}
        maxLength={MAX_HEADLINE}
        onChange={(event) => setHeadline(event.target.value)}
        aria-describedby={`${ids}-headline-count`}
      />
      <p id={`${ids}-headline-count`} className="field-hint">
        {headline.length}/{MAX_HEADLINE}
      </p>
      <label htmlFor={`${ids}-about`}>About</label>
      <textarea
        id={`${ids}-about`}
        rows={6}
        value={about}
        maxLength={MAX_ABOUT}
        onChange={(event) => setAbout(event.target.value)}
        aria-describedby={`${ids}-about-count`}
      />
      <p id={`${ids}-about-count`} className="field-hint">
        {about.length}/{MAX_ABOUT}
      </p>
      <label htmlFor={`${ids}-skills`}>Skills (one per line)</label>
      <textarea
        id={`${ids}-skills`}
        rows={6}
        value={skills}
        onChange={(event) => setSkills(event.target.value)}
      />
      {error && (
        <p className="error-notice" role="alert">
          Not saved: {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
