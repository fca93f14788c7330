import { z } from 'zod';

export const LLM_ROLES = ['small', 'large', 'embeddings'] as const;
export type LlmRole = (typeof LLM_ROLES)[number];

const endpointSchema = z.object({
  /** Label in metrics and errors; defaults to `host/model`. */
  name: z.string().min(1).optional(),
  url: z.url({ error: 'must be the OpenAI-compatible base URL, e.g. http://localhost:11434/v1' }),
  model: z.string().min(1),
  apiKey: z.string().min(1).optional(),
  /** Name of an environment variable holding the key, so config files carry no secrets. */
  apiKeyEnv: z.string().min(1).optional(),
  maxConcurrency: z.int().positive().default(32),
  maxQueued: z.int().min(0).default(128),
});

const roleSchema = z.object({ endpoints: z.array(endpointSchema).min(1) });

export const gatewaySettingsSchema = z.object({
  ttftTimeoutMs: z.int().positive().default(10_000),
  totalTimeoutMs: z.int().positive().default(120_000),
  /** Retries per endpoint, only before the first token; then the next endpoint of the chain. */
  retries: z.int().min(0).default(2),
  backoffMs: z.int().min(0).default(250),
  maxBackoffMs: z.int().min(0).default(4_000),
  circuitBreaker: z
    .object({ failureThreshold: z.int().positive().default(5), openMs: z.int().positive().default(30_000) })
    .prefault({}),
});

export const memberLimitsSchema = z.object({
  /** Input + output tokens a member may spend per window. */
  tokenBudget: z.object({ tokens: z.int().positive(), windowMs: z.int().positive() }).optional(),
  /** Requests a member may start per window (token bucket, refilled continuously). */
  rateLimit: z.object({ requests: z.int().positive(), windowMs: z.int().positive() }).optional(),
});

/** US dollars per million tokens, by model name. */
export const priceTableSchema = z.record(
  z.string(),
  z.object({ inputPerMillionTokens: z.number().min(0), outputPerMillionTokens: z.number().min(0) }),
);

/** The `llm` section of dossier.config.json / .yaml; other sections belong to other parts. */
export const llmConfigFileSchema = z.looseObject({
  llm: z
    .object({
      small: roleSchema.optional(),
      large: roleSchema.optional(),
      embeddings: roleSchema.optional(),
      gateway: gatewaySettingsSchema.prefault({}),
      members: memberLimitsSchema.prefault({}),
      prices: priceTableSchema.prefault({}),
    })
    .prefault({}),
});

export interface LlmEndpoint {
  name: string;
  url: string;
  model: string;
  apiKey?: string;
  maxConcurrency: number;
  maxQueued: number;
}

/** `offline` is a valid, explicit state: no endpoint configured, the offline engine serves the role. */
export type RoleEndpoints = { mode: 'offline' } | { mode: 'endpoints'; endpoints: LlmEndpoint[] };

export type GatewaySettings = z.output<typeof gatewaySettingsSchema>;
export type MemberLimits = z.output<typeof memberLimitsSchema>;
export type PriceTable = z.output<typeof priceTableSchema>;
export type EndpointInput = z.input<typeof endpointSchema>;

export interface LlmConfig {
  roles: Record<LlmRole, RoleEndpoints>;
  gateway: GatewaySettings;
  members: MemberLimits;
  prices: PriceTable;
}

export { endpointSchema };
