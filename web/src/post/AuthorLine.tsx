import type { MemberSummary } from '../api/network-schemas.ts';
import { Link } from '../app/Link.tsx';
import { itemHref } from '../app/routes.ts';
import { initialsOf } from '../common/format.ts';

/** Who wrote a post: initials avatar, names linking to profiles, the first author's headline. */
export function AuthorLine({ authors }: { authors: MemberSummary[] }) {
  const first = authors[0];
  if (!first) return null;
  return (
    <div className="author-line">
      <span className="avatar" aria-hidden="true">
        {initialsOf(first.name)}
      </span>
      <div>
        <p className="author-names">
          {authors.map((author, index) => (
            <span key={author.memberId}>
              {index > 0 && ', '}
              <Link href={itemHref('member', String(author.memberId))}>{author.name}</Link>
            </span>
          ))}
        </p>
        <p className="author-headline">{first.headline}</p>
      </div>
    </div>
  );
}
