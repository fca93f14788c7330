import { type Citation, splitAtCitations } from '../../../src/pipeline/extract-citations.ts';
import { Link } from '../app/Link.tsx';
import { itemHref } from '../app/routes.ts';

const PAGE_KINDS = new Set(['job', 'member', 'company', 'post', 'article']);
type PageKind = 'job' | 'member' | 'company' | 'post' | 'article';

/**
 * The answer's text with its `[kind:id]` citations shown as numbered source links (one number per
 * source, in order of first mention) instead of raw ids.
 */
export function AnswerText({ text }: { text: string }) {
  const numbers = new Map<string, number>();
  const numberOf = ({ kind, id }: Citation) => {
    const key = `${kind}:${id}`;
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    return numbers.get(key) as number;
  };
  return splitAtCitations(text).map((piece, index) => {
    if (typeof piece === 'string') return piece;
    const number = numberOf(piece);
    const label = `source ${number}: ${piece.kind} ${piece.id}`;
    // Pieces of one text in a fixed order: the position is a stable key.
    const key = `piece-${index}`;
    return PAGE_KINDS.has(piece.kind) ? (
      <Link
        key={key}
        className="citation"
        href={itemHref(piece.kind as PageKind, piece.id)}
        aria-label={label}
      >
        {number}
      </Link>
    ) : (
      <sup key={key} className="citation" title={label}>
        {number}
      </sup>
    );
  });
}
