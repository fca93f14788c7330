import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const flag = (fallback: boolean) =>
  z
    .enum(['0', '1', 'true', 'false'])
    .default(fallback ? '1' : '0')
    .transform((value) => value === '1' || value === 'true');

/** The server's own environment variables (the LLM layer and the database read theirs elsewhere). */
const serverEnvSchema = z.object({
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  NODE_ENV: z.string().optional(),
  /** Signs session cookies; without it a random per-process secret is used. */
  DOSSIER_SESSION_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /** `X-Member-Id` names the viewer (a demo and test convenience); 0 turns it off. */
  DOSSIER_TRUST_MEMBER_HEADER: flag(true),
  /** Chat turns (`/api/chat`, `/v1/chat/completions`) per member or client IP per minute. */
  DOSSIER_RATE_LIMIT_TURNS_PER_MINUTE: positiveInt(20),
  /** Every other request per member or client IP per minute. */
  DOSSIER_RATE_LIMIT_REQUESTS_PER_MINUTE: positiveInt(600),
  /** How long open streams may run on after SIGTERM/SIGINT before they are ended. */
  DOSSIER_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /** Comma-separated origins allowed to send state-changing requests besides the server's own. */
  DOSSIER_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
});

export interface ServerSettings {
  logLevel: string;
  sessionSecret: string | undefined;
  trustMemberHeader: boolean;
  turnsPerMinute: number;
  requestsPerMinute: number;
  shutdownGraceMs: number;
  allowedOrigins: string[];
}

/** Reads and checks the server's variables; a bad value stops start-up with the variable's name. */
export function serverSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const parsed = serverEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid server configuration: ${problems.join('; ')}`);
  }
  const vars = parsed.data;
  return {
    // Quiet under test runners unless asked for.
    logLevel: vars.LOG_LEVEL ?? (vars.NODE_ENV === 'test' ? 'silent' : 'info'),
    sessionSecret: vars.DOSSIER_SESSION_SECRET,
    trustMemberHeader: vars.DOSSIER_TRUST_MEMBER_HEADER,
    turnsPerMinute: vars.DOSSIER_RATE_LIMIT_TURNS_PER_MINUTE,
    requestsPerMinute: vars.DOSSIER_RATE_LIMIT_REQUESTS_PER_MINUTE,
    shutdownGraceMs: vars.DOSSIER_SHUTDOWN_GRACE_MS,
    allowedOrigins: vars.DOSSIER_ALLOWED_ORIGINS,
  };
}
