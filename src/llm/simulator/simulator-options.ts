import { z } from 'zod';

export const SIMULATED_FAULTS = ['429', '500', 'stall', 'cut', 'malformed'] as const;
export type SimulatedFault = (typeof SIMULATED_FAULTS)[number];

/** The simulator's knobs; the CLI flags map one to one (`--ttft` → ttftMs, ...). */
export const simulatorOptionsSchema = z.object({
  /** Time to first token, after any queue wait. */
  ttftMs: z.number().min(0).default(200),
  /** Time between tokens with one active stream. */
  tbtMs: z.number().min(0).default(20),
  /** Each delay is drawn uniformly within ±jitter of its nominal value. */
  jitter: z.number().min(0).max(1).default(0),
  seed: z.int().default(1),
  /** Streams generated at once; requests beyond wait in an unbounded FIFO queue. */
  maxConcurrency: z.int().positive().optional(),
  /** TBT × (1 + slowdown × (active streams − 1)): decode slows linearly with the batch, as LinkedIn saw. */
  slowdown: z.number().min(0).default(0),
  /** Probability that a request suffers one of `faults`, drawn uniformly. */
  faultRate: z.number().min(0).max(1).default(0),
  faults: z
    .array(z.enum(SIMULATED_FAULTS))
    .min(1)
    .default([...SIMULATED_FAULTS]),
  /** Sent as `retry-after-ms` with 429s, and rounded up to seconds as `Retry-After`. */
  retryAfterMs: z.int().min(0).default(1000),
});

export type SimulatorOptions = z.input<typeof simulatorOptionsSchema>;
