import type { Network } from '../network/api/create-network.ts';
import type { Viewer } from '../network/api/viewer.ts';
import type { ContextKind } from '../router/route-input.ts';
import { composeFollowUps } from './compose-follow-ups.ts';
import type { UiDocument } from './ui-node.ts';

/** What the member is looking at: an item of the network, or the feed. */
export type StarterTarget = { kind: ContextKind; id: string } | { kind: 'feed' };

const FEED_STARTERS = [
  'Find remote software engineer jobs',
  'How do I prepare for a job interview?',
  'What are people posting about design?',
];

/**
 * Starter questions for the item in view, named after it (read through the internal APIs as the
 * viewer, so a missing or private item is the API's error), as questions and as buttons.
 */
export async function composeStarters(
  network: Network,
  viewer: Viewer,
  target: StarterTarget,
  signal: AbortSignal,
): Promise<{ questions: string[]; ui: UiDocument }> {
  const questions = await startersFor(network, viewer, target, signal);
  return { questions, ui: composeFollowUps(questions) };
}

async function startersFor(
  network: Network,
  viewer: Viewer,
  target: StarterTarget,
  signal: AbortSignal,
): Promise<string[]> {
  switch (target.kind) {
    case 'feed':
      return FEED_STARTERS;
    case 'job': {
      const job = await network.getJob(viewer, { jobId: Number(target.id) }, signal);
      return [
        'Am I a good fit for this job?',
        "What skills does this job need that I'm missing?",
        `What is it like to work at ${job.company.name}?`,
      ];
    }
    case 'company': {
      const company = await network.getCompany(viewer, { companyId: Number(target.id) }, signal);
      return [
        `What is it like to work at ${company.name}?`,
        `Which jobs are open at ${company.name}?`,
        `Which of ${company.name}'s jobs fit my profile?`,
      ];
    }
    case 'post': {
      const post = await network.getPost(viewer, { slug: target.id }, signal);
      const topic = post.tags[0];
      return [
        'What are the key takeaways of this post?',
        'How can I apply this post to my work?',
        topic ? `What else has been posted about ${topic}?` : 'What else has been posted on this topic?',
      ];
    }
    case 'profile': {
      const member = await network.getMemberProfile(viewer, { memberId: Number(target.id) }, signal);
      if (viewer.memberId === member.memberId)
        return [
          'How can I improve my profile?',
          'Which jobs fit my profile?',
          'What skills should I learn next?',
        ];
      return [
        `What does ${member.name} work on?`,
        `Which jobs would suit someone like ${member.name}?`,
        'How do I reach out to someone for career advice?',
      ];
    }
  }
}
