import { z } from 'zod';
import { EXPERIENCE_LEVELS, WORK_TYPES } from '../../network/job-vocabulary.ts';

// Argument schemas shared by several skills, in the LLM-friendly form: snake_case, primitive
// values, lower-case enums, small bounded limits.

export const resultLimitArg = (defaultLimit: number, max = 20) =>
  z
    .number()
    .int()
    .min(1)
    .max(max)
    .default(defaultLimit)
    .describe(`results to return, default ${defaultLimit}`);

export const idArg = (what: string) => z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).describe(what);

export const locationArg = z
  .string()
  .max(200)
  .optional()
  .describe('"City, ST", a US state, a city, or "remote"');

export const isoDayArg = (what: string) => z.iso.date().optional().describe(`${what}, YYYY-MM-DD`);

const lowerSnake = (value: string) => value.toLowerCase().replace(/[^a-z]+/g, '_');

/** The API's enum values ("FULL_TIME", "Mid-Senior level") with the lower-case snake_case names the LLM writes. */
function llmEnum<const Values extends readonly [string, ...string[]]>(apiValues: Values) {
  const names = apiValues.map(lowerSnake) as [string, ...string[]];
  const toApi = new Map(names.map((name, index) => [name, apiValues[index] as Values[number]]));
  return {
    schema: z.enum(names),
    toApi: (name: string | undefined) => (name === undefined ? undefined : toApi.get(name)),
    fromApi: (value: string | null) => (value === null ? null : lowerSnake(value)),
  };
}

export const workTypeEnum = llmEnum(WORK_TYPES);
export const experienceLevelEnum = llmEnum(EXPERIENCE_LEVELS);
