import type { Locator, Page } from 'playwright-core';

/** The assistant panel beside every page, and its answers, as a reader's assistive technology sees them. */
export const assistantPanel = (page: Page) => page.getByRole('complementary', { name: 'Assistant' });
export const assistantAnswers = (page: Page) =>
  assistantPanel(page).getByRole('article', { name: 'Assistant answer' });

/** Waits for an answer to finish: its feedback buttons appear only then. */
export async function finishedAnswer(answer: Locator, timeout = 60_000): Promise<Locator> {
  await answer.getByRole('button', { name: 'Helpful', exact: true }).waitFor({ timeout });
  return answer;
}
