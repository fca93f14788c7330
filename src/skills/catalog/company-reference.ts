import { z } from 'zod';
import { NotFoundError } from '../../network/api/network-errors.ts';
import { invalidArgument } from '../invalid-argument.ts';
import type { SkillContext } from '../skill-context.ts';
import { idArg } from './llm-args.ts';

// The LLM often knows a company only by name; company skills take either and resolve the name to
// the best-matching company through company search.

export const companyReferenceArgs = {
  company_id: idArg('the company, when known').optional(),
  name: z.string().min(1).max(200).optional().describe('company name, when company_id is unknown'),
};

export async function resolveCompanyId(
  args: { company_id?: number | undefined; name?: string | undefined },
  { network, viewer, signal }: SkillContext,
): Promise<number> {
  if (args.company_id !== undefined) return args.company_id;
  if (!args.name) throw invalidArgument('company_id', 'give company_id or name');
  const page = await network.searchCompanies(viewer, { query: args.name, limit: 1 }, signal);
  const best = page.items[0];
  if (!best) throw new NotFoundError('company', args.name);
  return best.companyId;
}
