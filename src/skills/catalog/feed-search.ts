import { z } from 'zod';
import { defineSkill } from '../define-skill.ts';
import { idArg, isoDayArg, resultLimitArg } from './llm-args.ts';
import { postSummaryOutput, renderPostSummary, toPostSummaryOutput } from './post-summary.ts';
import { skillExamples } from './skill-examples.ts';

export const feedSearch = defineSkill({
  name: 'feed_search',
  description: 'Search posts in the feed by topic, tag, author or date; without filters, the latest posts.',
  whenToUse:
    'To find what people posted about a topic, posts by a member, or recent posts; post_view reads one in full.',
  examples: skillExamples('feed_search'),
  input: z.object({
    query: z.string().max(300).optional().describe('topic words'),
    tag: z.string().max(200).optional(),
    author_id: idArg('posts by this member').optional(),
    published_after: isoDayArg('posted on or after'),
    published_before: isoDayArg('posted on or before'),
    limit: resultLimitArg(5),
  }),
  output: z.object({ total: z.number().int(), posts: z.array(postSummaryOutput) }),
  readOnly: true,
  async call(input, { network, viewer, signal }) {
    const page = await network.searchPosts(
      viewer,
      {
        query: input.query,
        tag: input.tag,
        authorId: input.author_id,
        publishedAfter: input.published_after,
        publishedBefore: input.published_before,
        limit: input.limit,
      },
      signal,
    );
    return { total: page.total, posts: page.items.map((post) => toPostSummaryOutput(post, post.snippet)) };
  },
  render: (output) => [
    `${output.total} post(s) found; showing ${output.posts.length}:`,
    ...output.posts.map(renderPostSummary),
  ],
});
