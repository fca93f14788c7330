import type { Handler } from 'hono';

/** One thing the server needs before taking traffic; resolves when fine, throws (its message is the reason) when not. */
export type ReadinessCheck = (signal: AbortSignal) => Promise<void>;

const CHECK_TIMEOUT_MS = 2000;

/**
 * GET /readyz: 200 `{status: 'ready', checks}` when every check passes within 2 s, else 503
 * `{status: 'unavailable', reasons}` — and always 503 while shutting down, so load balancers stop
 * sending new work before connections close.
 */
export function readinessHandler(
  checks: Readonly<Record<string, ReadinessCheck>>,
  isDraining: () => boolean,
): Handler {
  return async (c) => {
    if (isDraining()) return c.json({ status: 'unavailable', reasons: ['shutting down'] }, 503);
    const signal = AbortSignal.any([c.req.raw.signal, AbortSignal.timeout(CHECK_TIMEOUT_MS)]);
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        try {
          await Promise.race([
            check(signal),
            new Promise((_, reject) =>
              signal.addEventListener(
                'abort',
                () => reject(new Error(`no answer in ${CHECK_TIMEOUT_MS} ms`)),
                {
                  once: true,
                },
              ),
            ),
          ]);
          return { name, ok: true as const };
        } catch (error) {
          return {
            name,
            ok: false as const,
            reason: `${name}: ${error instanceof Error ? error.message : String(error)}`,
          };
        }
      }),
    );
    const reasons = results.flatMap((r) => (r.ok ? [] : [r.reason]));
    const names = results.map((r) => r.name);
    return reasons.length === 0
      ? c.json({ status: 'ready', checks: names })
      : c.json({ status: 'unavailable', reasons }, 503);
  };
}
