import {
  type Attributes,
  type Meter,
  metrics,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import { Counter, Registry } from 'prom-client';
import type { CallReport } from './call-report.ts';
import { type BatchHistogram, createBatchHistogram, type HistogramSeries } from './create-batch-histogram.ts';

export interface LlmMetrics {
  /** Prometheus registry holding the `dossier_llm_*` series; the server exposes it at /metrics. */
  readonly registry: Registry;
  recordCall(report: CallReport): void;
}

const SECONDS_TTFT = [0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 20];
const SECONDS_ITL = [0.002, 0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 1, 2.5];
const SECONDS_DURATION = [0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60, 120];
const SECONDS_QUEUE = [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
// The GenAI semantic conventions' advised boundaries for gen_ai.client.token.usage.
const TOKENS = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576];
const TOKENS_PER_SECOND = [1, 5, 10, 20, 40, 60, 80, 120, 160, 240, 320, 640];

const LABELS = ['role', 'endpoint', 'model'] as const;

type PromHistogram = 'ttft' | 'itl' | 'tpot' | 'duration' | 'queueWait' | 'tokens' | 'tokensPerSecond';

/** Prometheus labels and OpenTelemetry attributes shared by every call with the same role, endpoint and outcome. */
interface Series {
  labels: Record<(typeof LABELS)[number], string>;
  /** For the series chat and embeddings calls share: duration, tokens and errors. */
  operationLabels: Record<(typeof LABELS)[number] | 'operation', string>;
  attributes: Attributes;
  tokenAttributes: Record<'input' | 'output', Attributes>;
  /** This series of each Prometheus histogram, kept so a call's values go in with no label lookup. */
  histograms: Record<
    'ttft' | 'itl' | 'tpot' | 'queueWait' | 'tokensPerSecond' | 'duration',
    HistogramSeries
  > & {
    tokens: Record<'input' | 'output', HistogramSeries>;
  };
}

type Label = (typeof LABELS)[number] | 'operation' | 'outcome' | 'type';

function describeSeries(report: CallReport, prom: Record<PromHistogram, BatchHistogram<Label>>): Series {
  const labels = {
    role: report.role,
    endpoint: report.endpoint?.name ?? 'none',
    model: report.endpoint?.model ?? 'none',
  };
  const url = report.endpoint ? new URL(report.endpoint.url) : undefined;
  const attributes: Attributes = {
    'gen_ai.operation.name': report.operation,
    'gen_ai.provider.name': 'openai',
    'gen_ai.request.model': labels.model,
    'server.address': url?.hostname,
    'server.port': url ? Number(url.port || (url.protocol === 'https:' ? 443 : 80)) : undefined,
    'dossier.llm.role': report.role,
  };
  if (report.outcome !== 'ok') attributes['error.type'] = report.outcome;
  const operationLabels = { ...labels, operation: report.operation };
  const durationLabels = { ...operationLabels, outcome: report.outcome };
  // Unused labels are ignored: each histogram reads only its own label names.
  const of = (histogram: PromHistogram, extra: Partial<Record<Label, string>> = {}) =>
    prom[histogram].series({ ...durationLabels, type: '', ...extra });
  return {
    labels,
    operationLabels,
    attributes,
    tokenAttributes: {
      input: { ...attributes, 'gen_ai.token.type': 'input' },
      output: { ...attributes, 'gen_ai.token.type': 'output' },
    },
    histograms: {
      ttft: of('ttft'),
      itl: of('itl'),
      tpot: of('tpot'),
      queueWait: of('queueWait'),
      tokensPerSecond: of('tokensPerSecond'),
      duration: of('duration'),
      tokens: { input: of('tokens', { type: 'input' }), output: of('tokens', { type: 'output' }) },
    },
  };
}

/**
 * Records each gateway call as Prometheus series and as OpenTelemetry metrics and a span named by
 * the GenAI semantic conventions. The OpenTelemetry side goes to whatever SDK the process
 * registered (a no-op without one). Definitions of TTFT, ITL and TPOT: measure-latency.ts.
 */
export function createLlmMetrics(
  options: { registry?: Registry; meter?: Meter; tracer?: Tracer } = {},
): LlmMetrics {
  const registry = options.registry ?? new Registry();
  const meter = options.meter ?? metrics.getMeter('dossier.llm');
  const tracer = options.tracer ?? trace.getTracer('dossier.llm');
  const histogram = (name: string, help: string, buckets: number[], extra: Label[] = []) =>
    createBatchHistogram<Label>({ name, help, buckets, labelNames: [...LABELS, ...extra], registry });
  const counter = (name: string, help: string, extra: string[] = []) =>
    new Counter({ name, help, labelNames: [...LABELS, ...extra], registers: [registry] });

  const prom = {
    ttft: histogram(
      'dossier_llm_time_to_first_token_seconds',
      'Time from the call to the first output chunk (queue and retries included).',
      SECONDS_TTFT,
    ),
    itl: histogram(
      'dossier_llm_inter_token_latency_seconds',
      'Every gap between consecutive output chunks (TBT).',
      SECONDS_ITL,
    ),
    tpot: histogram(
      'dossier_llm_time_per_output_token_seconds',
      '(E2E - TTFT) / (output tokens - 1) per call.',
      SECONDS_ITL,
    ),
    duration: histogram(
      'dossier_llm_request_duration_seconds',
      'Call duration, from asking to the last chunk or the error.',
      SECONDS_DURATION,
      ['operation', 'outcome'],
    ),
    queueWait: histogram(
      'dossier_llm_queue_wait_seconds',
      "Wait for a slot in the endpoint's concurrency limit.",
      SECONDS_QUEUE,
    ),
    tokens: histogram('dossier_llm_tokens', 'Tokens per call, by type (input or output).', TOKENS, [
      'operation',
      'type',
    ]),
    tokensPerSecond: histogram(
      'dossier_llm_output_tokens_per_second',
      'Output tokens per second of E2E latency, per call.',
      TOKENS_PER_SECOND,
    ),
    retries: counter(
      'dossier_llm_retries_total',
      'Attempts beyond the first (retries and fallbacks), before the first token.',
    ),
    errors: counter('dossier_llm_errors_total', 'Failed calls by gateway error code.', ['operation', 'code']),
    cost: counter('dossier_llm_cost_usd_total', 'Cost in US dollars from the price table.'),
  };

  const otel = {
    duration: meter.createHistogram('gen_ai.client.operation.duration', {
      unit: 's',
      description: 'GenAI operation duration.',
      advice: { explicitBucketBoundaries: SECONDS_DURATION },
    }),
    tokenUsage: meter.createHistogram('gen_ai.client.token.usage', {
      unit: '{token}',
      description: 'Number of input and output tokens used.',
      advice: { explicitBucketBoundaries: TOKENS },
    }),
    timeToFirstChunk: meter.createHistogram('gen_ai.client.operation.time_to_first_chunk', {
      unit: 's',
      description: 'Time from issuing the request to receiving the first chunk of the response stream.',
      advice: { explicitBucketBoundaries: SECONDS_TTFT },
    }),
    timePerOutputChunk: meter.createHistogram('gen_ai.client.operation.time_per_output_chunk', {
      unit: 's',
      description: 'Time between consecutive output chunks, for each chunk after the first.',
      advice: { explicitBucketBoundaries: SECONDS_ITL },
    }),
  };

  // Built once per role, endpoint and outcome (new URL and object spreads are not free), then looked up.
  const seriesByKey = new Map<string, Series>();
  function seriesOf(report: CallReport): Series {
    const key = `${report.operation} ${report.role} ${report.outcome} ${report.endpoint?.name} ${report.endpoint?.model} ${report.endpoint?.url}`;
    let series = seriesByKey.get(key);
    if (!series) {
      series = describeSeries(report, prom);
      seriesByKey.set(key, series);
    }
    return series;
  }

  return {
    registry,
    recordCall(report) {
      const { labels, operationLabels, attributes, tokenAttributes, histograms } = seriesOf(report);

      histograms.duration.observe(report.e2eMs / 1000);
      histograms.queueWait.observe(report.queueWaitMs / 1000);
      otel.duration.record(report.e2eMs / 1000, attributes);
      if (report.ttftMs !== undefined) {
        histograms.ttft.observe(report.ttftMs / 1000);
        otel.timeToFirstChunk.record(report.ttftMs / 1000, attributes);
      }
      // Every gap, batched into the Prometheus buckets in one pass; OpenTelemetry's API takes one value at a time.
      histograms.itl.observeSorted(report.sortedInterChunkMs, 1 / 1000);
      for (const gap of report.interChunkMs) otel.timePerOutputChunk.record(gap / 1000, attributes);
      if (report.tpotMs !== undefined) histograms.tpot.observe(report.tpotMs / 1000);
      if (report.outputTokensPerSecond !== undefined)
        histograms.tokensPerSecond.observe(report.outputTokensPerSecond);
      for (const [type, count] of [
        ['input', report.inputTokens],
        ['output', report.outputTokens],
      ] as const) {
        if (count === undefined) continue;
        histograms.tokens[type].observe(count);
        otel.tokenUsage.record(count, tokenAttributes[type]);
      }
      if (report.retries > 0) prom.retries.inc(labels, report.retries);
      if (report.outcome !== 'ok') prom.errors.inc({ ...operationLabels, code: report.outcome });
      if (report.costUsd) prom.cost.inc(labels, report.costUsd);

      // Built at the end with the recorded start time: one span per call, nothing held open while streaming.
      // The series' attributes at the start (what a sampler sees); the call's own only when the span
      // records, so a process without an OpenTelemetry SDK does not build them on every call.
      const span = tracer.startSpan(`${report.operation} ${labels.model}`, {
        kind: SpanKind.CLIENT,
        startTime: performance.timeOrigin + report.startedAt,
        attributes,
      });
      if (!span.isRecording()) return;
      span.setAttributes({
        'gen_ai.response.model': report.endpoint?.model,
        'gen_ai.usage.input_tokens': report.inputTokens,
        'gen_ai.usage.output_tokens': report.outputTokens,
        'gen_ai.response.finish_reasons': report.finishReason ? [report.finishReason] : undefined,
        'gen_ai.response.time_to_first_chunk': report.ttftMs === undefined ? undefined : report.ttftMs / 1000,
        'dossier.llm.endpoint': labels.endpoint,
        'dossier.llm.retries': report.retries,
        'dossier.llm.queue_wait_ms': report.queueWaitMs,
        'dossier.llm.itl_p50_ms': report.itlP50Ms,
        'dossier.llm.itl_p95_ms': report.itlP95Ms,
        'dossier.llm.cost_usd': report.costUsd,
        'dossier.member.id': report.memberId,
      });
      if (report.outcome !== 'ok') {
        const detail = report.failedAttempts.map((a) => `${a.endpoint}: ${a.error}`).join('; ');
        span.setStatus({
          code: SpanStatusCode.ERROR,
          message: `${report.outcome}${detail ? ` (${detail})` : ''}`,
        });
      }
      span.end(performance.timeOrigin + report.startedAt + report.e2eMs);
    },
  };
}

let defaultMetrics: LlmMetrics | undefined;

/** The process-wide recorder the gateway uses unless given another. */
export function defaultLlmMetrics(): LlmMetrics {
  defaultMetrics ??= createLlmMetrics();
  return defaultMetrics;
}

/** The Prometheus exposition text of the default recorder, for the server's /metrics. */
export function renderLlmMetrics(): Promise<string> {
  return defaultLlmMetrics().registry.metrics();
}
