import type { z } from 'zod';

/** A failed API call, with the server's own message when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * Calls the JSON API and validates the answer against `schema`: the server is another program, so
 * its answers are checked at the boundary rather than trusted.
 */
export async function fetchJson<Schema extends z.ZodType>(
  url: string,
  schema: Schema,
  { signal, method = 'GET', body }: { signal?: AbortSignal; method?: string; body?: unknown } = {},
): Promise<z.output<Schema>> {
  const response = await fetch(url, {
    method,
    signal,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json: unknown = text ? parseJson(text) : null;
  if (!response.ok) {
    const error = (json as { error?: { message?: string; code?: string } } | null)?.error;
    throw new ApiError(
      response.status,
      error?.message ?? `${response.status} ${response.statusText}`,
      error?.code,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new ApiError(response.status, `unexpected answer from ${url}: ${parsed.error.message}`);
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
