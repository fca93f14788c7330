import { contentVersion } from './content-version.ts';
import type { PromptExample } from './prompt-example.ts';
import { type PromptSection, promptSection } from './prompt-section.ts';

/** One example as the prompt shows it; also what the examples store counts against its token budget. */
export function renderExample(example: PromptExample, step: 'plan' | 'answer'): string {
  return [
    `Question: ${example.query}`,
    ...(example.context ? [`Viewing: ${example.context}`] : []),
    ...(example.dossier ? ['Dossier excerpt:', example.dossier.trim()] : []),
    step === 'plan' ? 'Plan:' : 'Answer:',
    example.response.trim(),
  ].join('\n');
}

/** Worked examples, nearest first; none renders nothing. */
export function renderExamples(examples: readonly PromptExample[], step: 'plan' | 'answer'): PromptSection {
  const text =
    examples.length === 0
      ? ''
      : [
          '## Examples of good responses',
          ...examples.map((example, i) => `### Example ${i + 1}\n${renderExample(example, step)}`),
        ].join('\n');
  return promptSection('examples', contentVersion(text), text);
}
