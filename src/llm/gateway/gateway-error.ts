export type GatewayErrorCode =
  | 'offline'
  | 'rate_limited'
  | 'token_budget_exceeded'
  | 'ttft_timeout'
  | 'total_timeout'
  | 'all_endpoints_failed'
  | 'stream_failed';

/** Every failure the gateway reports; `code` is stable for callers and metrics, the message is for people. */
export class GatewayError extends Error {
  constructor(
    readonly code: GatewayErrorCode,
    message: string,
    options: { cause?: unknown; retryAfterMs?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'GatewayError';
    this.retryAfterMs = options.retryAfterMs;
  }

  /** For `rate_limited` and `token_budget_exceeded`: when the member may try again. */
  readonly retryAfterMs: number | undefined;
}
