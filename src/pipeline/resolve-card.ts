import type { Network } from '../network/api/create-network.ts';
import type { Viewer } from '../network/api/viewer.ts';
import type { Card } from './turn-event.ts';

const place = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(', ');

/**
 * A card for one entity, through the internal APIs as the asking member (so privacy rules hold).
 * Throws the API's error (not found, invalid id) for the caller to skip the card.
 */
export async function resolveCard(
  network: Network,
  viewer: Viewer,
  ref: { kind: Card['kind']; id: string },
  signal: AbortSignal,
): Promise<Card> {
  const { kind, id } = ref;
  switch (kind) {
    case 'job': {
      const job = await network.getJob(viewer, { jobId: Number(id) }, signal);
      return {
        kind,
        id,
        title: job.title,
        subtitle: place(job.company.name, job.location.text),
        url: job.postingUrl,
      };
    }
    case 'member': {
      const member = await network.getMemberProfile(viewer, { memberId: Number(id) }, signal);
      return {
        kind,
        id,
        title: member.name,
        subtitle: place(member.headline, member.location.city, member.location.state),
        url: null,
      };
    }
    case 'company': {
      const company = await network.getCompany(viewer, { companyId: Number(id) }, signal);
      return {
        kind,
        id,
        title: company.name,
        subtitle: place(company.industries[0], company.location.city, company.location.state),
        url: company.url,
      };
    }
    case 'post': {
      const post = await network.getPost(viewer, { slug: id }, signal);
      return {
        kind,
        id,
        title: post.title,
        subtitle: place(post.authors.map((a) => a.name).join(' & '), post.publishedAt.slice(0, 10)),
        url: post.url,
      };
    }
    case 'article': {
      const article = await network.getArticle(viewer, { articleId: id }, signal);
      return { kind, id, title: article.title, subtitle: article.source, url: article.url };
    }
  }
}
