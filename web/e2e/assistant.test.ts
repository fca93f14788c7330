import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assistantAnswers as answers, finishedAnswer, assistantPanel as panel } from './assistant-panel.ts';
import { launchChromium } from './launch-chromium.ts';
import { startWebServer, type WebServer } from './start-web-server.ts';

// End to end in Debian's Chromium: the built web app, the real server and the real assistant
// (offline engine) over a copy of the test database.
let server: WebServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([
    startWebServer({ databasePath: inject('testDatabasePath') }),
    launchChromium(),
  ]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  page.on('close', () => expect(failures, 'uncaught errors in the page').toEqual([]));
  await page.goto(`${server.url}${path}`);
  return page;
}

/** Counts the distinct lengths the newest answer's text goes through: more than one means it streamed. */
async function watchStreaming(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const seen = new Set<number>();
    (window as unknown as { streamedLengths: Set<number> }).streamedLengths = seen;
    new MutationObserver(() => {
      const texts = document.querySelectorAll('.answer-text');
      const last = texts[texts.length - 1];
      if (last?.textContent) seen.add(last.textContent.length);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () =>
    page.evaluate(() => (window as unknown as { streamedLengths: Set<number> }).streamedLengths.size);
}

const finishedAnswerAt = (page: Page, index: number) => finishedAnswer(answers(page).nth(index));

async function signInAsFirstDemoMember(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Sign in' }).click();
  const choice = page.getByRole('dialog', { name: 'Sign in as a demo member' }).getByRole('button').first();
  const name = (await choice.locator('strong').textContent()) ?? '';
  await Promise.all([page.waitForEvent('load'), choice.click()]);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return name;
}

describe('the web app in Chromium', { timeout: 120_000 }, () => {
  it("serves React's production build, even when built by a test run (NODE_ENV=test)", async () => {
    const page = await (await fetch(server.url)).text();
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    const bundle = await (await fetch(`${server.url}${script}`)).text();
    expect(bundle).toContain('createRoot');
    expect(bundle).not.toContain('Download the React DevTools');
  });

  it('feed: a post starter question streams an answer with a card; a follow-up, feedback, and a reload keep the conversation', async () => {
    const page = await openPage('/');
    const firstPost = page.locator('.post-card').first();
    const title = (await firstPost.locator('.post-title').textContent()) ?? '';
    await firstPost.getByRole('button', { name: 'Ask about this post' }).click();
    await expect.poll(() => panel(page).locator('.assistant-context').textContent()).toContain(title);

    const streamed = await watchStreaming(page);
    const starter = panel(page).getByRole('button', { name: 'What are the key takeaways of this post?' });
    await starter.click();
    await expect
      .poll(() => panel(page).locator('.message.user').first().textContent())
      .toContain('key takeaways');
    const first = await finishedAnswerAt(page, 0);
    expect(await streamed()).toBeGreaterThan(2);
    expect(((await first.locator('.answer-text').textContent()) ?? '').length).toBeGreaterThan(40);
    await expect.poll(() => first.locator('.ui-card').count()).toBeGreaterThan(0);
    await expect.poll(() => first.locator('.notice.offline').count()).toBe(1);

    const followUp = first.getByRole('region', { name: 'Follow-up questions' }).getByRole('button').first();
    const followUpText = (await followUp.textContent()) ?? '';
    await followUp.click();
    await expect
      .poll(() => panel(page).locator('.message.user').nth(1).textContent())
      .toContain(followUpText);
    await finishedAnswerAt(page, 1);

    await first.getByRole('button', { name: 'Helpful', exact: true }).click();
    await expect.poll(() => first.getByRole('status').textContent()).toContain('Thanks');
    expect(
      await first.getByRole('button', { name: 'Helpful', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');

    const answerText = async () =>
      (await answers(page).first().locator('.answer-text').textContent())?.trim();
    const before = await answerText();
    await page.reload();
    await expect.poll(() => answers(page).count(), { timeout: 20_000 }).toBe(2);
    expect(await panel(page).locator('.message.user').allTextContents()).toEqual([
      'You asked: What are the key takeaways of this post?',
      `You asked: ${followUpText}`,
    ]);
    expect(await answerText()).toBe(before);
    expect(await answers(page).first().locator('.ui-card').count()).toBeGreaterThan(0);
    await page.close();
  });

  it("job page: 'Am I a good fit?' answers for the signed-in member with cards", async () => {
    const page = await openPage('/jobs?q=software%20engineer');
    await signInAsFirstDemoMember(page);
    await page.locator('.job-title a').first().click();
    const jobTitle = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await expect.poll(() => panel(page).locator('.assistant-context').textContent()).toContain(jobTitle);

    const streamed = await watchStreaming(page);
    await panel(page).getByRole('button', { name: 'Am I a good fit for this job?' }).click();
    const answer = await finishedAnswerAt(page, 0);
    expect(await streamed()).toBeGreaterThan(2);
    expect(await answer.locator('.message-meta').textContent()).toContain('job fit');
    await expect.poll(() => answer.locator('.ui-card').count()).toBeGreaterThan(0);
    await answer.getByRole('button', { name: 'Not helpful' }).click();
    await expect.poll(() => answer.getByRole('status').textContent()).toContain('Thanks');

    // Signed in, the conversation is listed among past conversations after a reload.
    await page.reload();
    await panel(page).getByText('Past conversations').click();
    await expect
      .poll(() => panel(page).locator('.conversation-history button').allTextContents())
      .toContain('Am I a good fit for this job?');
    await page.close();
  });

  it('renders a primitive it does not know without breaking the panel', async () => {
    const page = await openPage('/');
    // A newer server: the real starters, wrapped in primitives this client has never heard of.
    await page.route('**/api/starters?**', async (route) => {
      const response = await route.fetch();
      const starters = (await response.json()) as { ui: { version: number; root: unknown } };
      await route.fulfill({
        response,
        json: {
          ...starters,
          ui: {
            version: starters.ui.version,
            root: {
              type: 'carousel',
              title: 'Try asking',
              children: [starters.ui.root, { type: 'hologram', intensity: 3 }],
            },
          },
        },
      });
    });
    await page.reload();
    const unknown = panel(page).locator('[data-primitive="carousel"]');
    await unknown.waitFor();
    expect(await unknown.textContent()).toContain('Try asking');
    expect(await panel(page).locator('[data-primitive="hologram"]').count()).toBe(0);
    const starter = unknown.getByRole('button').first();
    const question = (await starter.textContent()) ?? '';
    await starter.click();
    await expect.poll(() => panel(page).locator('.message.user').first().textContent()).toContain(question);
    await finishedAnswerAt(page, 0);
    await page.close();
  });

  it('asks a starter question with the keyboard alone', async () => {
    const page = await openPage('/jobs?q=nurse');
    await page.locator('.job-title a').first().waitFor();
    await page.goto(
      `${server.url}${(await page.locator('.job-title a').first().getAttribute('href')) ?? ''}`,
    );
    const starter = panel(page).getByRole('button', { name: 'Am I a good fit for this job?' });
    await starter.waitFor();
    let reached = false;
    for (let presses = 0; presses < 80 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await starter.evaluate((element) => element === document.activeElement);
    }
    expect(reached, 'Tab reaches the starter question').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => panel(page).locator('.message.user').first().textContent()).toContain('good fit');
    await finishedAnswerAt(page, 0);
    await page.close();
  });
});
