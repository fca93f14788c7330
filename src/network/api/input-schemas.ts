import { z } from 'zod';

// Shared pieces of the APIs' input schemas, so every API bounds sizes the same way.

export const MAX_PAGE_SIZE = 100;
export const MAX_TEXT_LENGTH = 500;

export const limitSchema = (defaultLimit = 20) =>
  z.number().int().min(1).max(MAX_PAGE_SIZE).default(defaultLimit);
export const offsetSchema = z.number().int().min(0).max(10_000).default(0);

export const integerIdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Free search text; blank means "no text". */
export const searchTextSchema = z.string().max(MAX_TEXT_LENGTH).optional();

export const locationSchema = z
  .string()
  .max(200)
  .optional()
  .describe('"City, ST", a state ("TX" or "Texas"), a city, or "remote"');

/** A calendar day, YYYY-MM-DD. */
export const isoDaySchema = z.iso.date();
