import type { MemberLimits } from '../config/llm-config-schema.ts';
import { GatewayError } from './gateway-error.ts';

interface MemberUsage {
  windowStartedAt: number;
  tokensUsed: number;
  /** Token-bucket allowance for requests, refilled continuously. */
  requestAllowance: number;
  refilledAt: number;
  lastSeenAt: number;
}

export interface MemberLimiter {
  /** Throws GatewayError `rate_limited` or `token_budget_exceeded` with when to retry; else counts the request. */
  admit(memberId: string): void;
  /** Adds a finished call's tokens to the member's window. */
  charge(memberId: string, tokens: number): void;
}

/** Past this many members, idle entries are dropped so memory stays bounded. */
const PRUNE_ABOVE = 10_000;

/**
 * Per-member request rate (token bucket) and token budget (fixed window) in process memory —
 * one gateway instance's view; a multi-instance deployment needs a shared store.
 */
export function createMemberLimits(limits: MemberLimits, now: () => number = Date.now): MemberLimiter {
  const members = new Map<string, MemberUsage>();
  const longestWindow = Math.max(limits.tokenBudget?.windowMs ?? 0, limits.rateLimit?.windowMs ?? 0);

  function usageOf(memberId: string, at: number): MemberUsage {
    let usage = members.get(memberId);
    if (!usage) {
      if (members.size >= PRUNE_ABOVE) {
        for (const [id, u] of members) if (at - u.lastSeenAt > longestWindow) members.delete(id);
      }
      usage = {
        windowStartedAt: at,
        tokensUsed: 0,
        requestAllowance: limits.rateLimit?.requests ?? 0,
        refilledAt: at,
        lastSeenAt: at,
      };
      members.set(memberId, usage);
    }
    const budget = limits.tokenBudget;
    if (budget && at - usage.windowStartedAt >= budget.windowMs) {
      usage.windowStartedAt = at;
      usage.tokensUsed = 0;
    }
    const rate = limits.rateLimit;
    if (rate) {
      const refill = ((at - usage.refilledAt) / rate.windowMs) * rate.requests;
      usage.requestAllowance = Math.min(rate.requests, usage.requestAllowance + refill);
      usage.refilledAt = at;
    }
    usage.lastSeenAt = at;
    return usage;
  }

  return {
    admit(memberId) {
      const at = now();
      const usage = usageOf(memberId, at);
      const budget = limits.tokenBudget;
      if (budget && usage.tokensUsed >= budget.tokens) {
        const retryAfterMs = usage.windowStartedAt + budget.windowMs - at;
        throw new GatewayError(
          'token_budget_exceeded',
          `member ${memberId} has used ${usage.tokensUsed} of the ${budget.tokens} tokens allowed per ${budget.windowMs / 1000} s; the budget resets in ${Math.ceil(retryAfterMs / 1000)} s`,
          { retryAfterMs },
        );
      }
      const rate = limits.rateLimit;
      if (rate) {
        if (usage.requestAllowance < 1) {
          const retryAfterMs = ((1 - usage.requestAllowance) / rate.requests) * rate.windowMs;
          throw new GatewayError(
            'rate_limited',
            `member ${memberId} is over ${rate.requests} requests per ${rate.windowMs / 1000} s; retry in ${Math.ceil(retryAfterMs / 1000)} s`,
            { retryAfterMs },
          );
        }
        usage.requestAllowance -= 1;
      }
    },
    charge(memberId, tokens) {
      if (limits.tokenBudget) usageOf(memberId, now()).tokensUsed += tokens;
    },
  };
}
