import { z } from 'zod';
import { getPostInput } from '../../network/api/get-post.ts';
import { defineSkill } from '../define-skill.ts';
import { clip } from '../render-lines.ts';
import { postSummaryOutput, renderByline, toPostSummaryOutput } from './post-summary.ts';
import { skillExamples } from './skill-examples.ts';

const BODY_CHARS = 2_500;

export const postView = defineSkill({
  name: 'post_view',
  description: 'Read one post in full by its slug: title, authors, date, tags and body text.',
  whenToUse:
    'When the member is viewing or names a post (by slug) and wants it summarised, explained or its takeaways.',
  examples: skillExamples('post_view'),
  input: z.object({
    slug: getPostInput.shape.slug.describe('the post slug, e.g. "2014-03-19-hello-world-we-are-18f"'),
  }),
  output: postSummaryOutput.extend({ url: z.string().nullable(), body: z.string() }),
  readOnly: true,
  maxRenderTokens: 800,
  async call(input, { network, viewer, signal }) {
    const post = await network.getPost(viewer, { slug: input.slug }, signal);
    return { ...toPostSummaryOutput(post), url: post.url, body: clip(post.body, BODY_CHARS) };
  },
  render: (post) => [
    `[slug ${post.slug}] "${post.title}" by ${renderByline(post.authors) || 'unknown'}, ${post.published_on}`,
    ...(post.tags.length > 0 ? [`tags: ${post.tags.join(', ')}`] : []),
    ...(post.url ? [`url: ${post.url}`] : []),
    `body: ${post.body}`,
  ],
});
