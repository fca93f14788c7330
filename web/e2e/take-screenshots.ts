import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { assistantAnswers, finishedAnswer, assistantPanel as panel } from './assistant-panel.ts';
import { launchChromium } from './launch-chromium.ts';
import { localDatabasePath, startWebServer } from './start-web-server.ts';

// `npm run screenshots`: the README's pictures of the web app, taken in Debian's Chromium over the
// real server and assistant (offline engine), at 1280×900.
const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const ANSWER_TIMEOUT_MS = 60_000;
const ROLE = 'software engineer';

/** Asks a starter question and waits for the answer to finish with its cards and follow-ups. */
async function askStarter(page: Page, question: string) {
  await panel(page).getByRole('button', { name: question }).click();
  const answer = await finishedAnswer(assistantAnswers(page).last(), ANSWER_TIMEOUT_MS);
  await answer.locator('.ui-card').first().waitFor();
  await answer.getByRole('region', { name: 'Follow-up questions' }).waitFor();
  // Scrolls the panel (not the page) until the first card sits just above the composer: as much of
  // the answer as fits, and a card.
  await answer
    .locator('.ui-card')
    .first()
    .evaluate((card) => {
      const scroller = card.closest('.assistant-panel');
      const composer = scroller?.querySelector('.composer');
      if (scroller && composer)
        scroller.scrollTop += card.getBoundingClientRect().bottom - composer.getBoundingClientRect().top + 16;
    });
}

const memberSchema = z.object({ members: z.array(z.object({ id: z.number(), name: z.string() })) });
const skillsSchema = z.object({ skills: z.array(z.string()) });
const jobsSchema = z.object({ items: z.array(z.object({ jobId: z.number() })) });

/**
 * A demo member whose headline says software engineer and the software engineering job that asks
 * for most of their skills (the demo list starts with blog authors, who list no skills).
 */
async function memberAndFittingJob(url: string, signal: AbortSignal) {
  const read = async <T>(path: string, schema: z.ZodType<T>) =>
    schema.parse(await (await fetch(`${url}${path}`, { signal })).json());
  const lowerCase = (skills: string[]) => skills.map((skill) => skill.toLowerCase());
  const jobs = await Promise.all(
    (await read(`/api/jobs?q=${encodeURIComponent(ROLE)}&limit=50`, jobsSchema)).items.map(
      async ({ jobId }) => ({
        jobId,
        skills: lowerCase((await read(`/api/jobs/${jobId}`, skillsSchema)).skills),
      }),
    ),
  );
  let best = { memberName: '', jobId: 0, shared: 0 };
  for (const member of (
    await read(`/api/session/members?q=${encodeURIComponent(ROLE)}&limit=8`, memberSchema)
  ).members) {
    const skills = new Set(lowerCase((await read(`/api/members/${member.id}`, skillsSchema)).skills));
    for (const job of jobs) {
      const shared = job.skills.filter((skill) => skills.has(skill)).length;
      if (shared > best.shared) best = { memberName: member.name, jobId: job.jobId, shared };
    }
  }
  if (best.shared === 0) throw new Error(`no ${ROLE} demo member shares a skill with a ${ROLE} job`);
  return best;
}

async function signIn(page: Page, memberName: string) {
  await page.getByRole('button', { name: 'Sign in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in as a demo member' });
  await dialog.getByRole('searchbox').fill(memberName);
  const choice = dialog.getByRole('button').filter({ hasText: memberName }).first();
  await Promise.all([page.waitForEvent('load'), choice.click()]);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

const signal = AbortSignal.timeout(5 * 60_000);
mkdirSync(SCREENSHOTS, { recursive: true });
const [server, browser] = await Promise.all([
  startWebServer({ databasePath: localDatabasePath() }),
  launchChromium(),
]);
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();

  // Signed in, as a member reads the network: the fit answer is about them.
  const { memberName, jobId, shared } = await memberAndFittingJob(server.url, signal);
  await page.goto(`${server.url}/`);
  await signIn(page, memberName);
  await page.locator('.post-card').first().getByRole('button', { name: 'Ask about this post' }).click();
  await askStarter(page, 'What are the key takeaways of this post?');
  await page.screenshot({ path: `${SCREENSHOTS}/feed-with-assistant.png` });
  console.log(`wrote ${SCREENSHOTS}/feed-with-assistant.png`);

  await page.goto(`${server.url}/jobs/${jobId}`);
  // A new conversation: the panel would go on with the feed's otherwise.
  await panel(page).getByRole('button', { name: 'New conversation' }).click();
  await askStarter(page, 'Am I a good fit for this job?');
  await page.screenshot({ path: `${SCREENSHOTS}/job-fit-answer.png` });
  console.log(
    `wrote ${SCREENSHOTS}/job-fit-answer.png (${memberName}, job ${jobId}, ${shared} shared skills)`,
  );
} finally {
  await browser.close();
  await server.close();
}
