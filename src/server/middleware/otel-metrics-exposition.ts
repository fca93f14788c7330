import { type Attributes, metrics } from '@opentelemetry/api';
import { DataPointType, MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';

/** Collects the process's OpenTelemetry metrics when /metrics is scraped. */
class CollectOnScrape extends MetricReader {
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}
}

export interface OtelMetricsExposition {
  /** False when another OpenTelemetry SDK was registered first: its exporter owns the `gen_ai.*` metrics then. */
  readonly installed: boolean;
  /** The metrics as Prometheus text: `gen_ai.client.operation.duration` (s) → `gen_ai_client_operation_duration_seconds`. */
  render(): Promise<string>;
}

const UNIT_SUFFIX: Record<string, string> = { s: '_seconds', ms: '_milliseconds', By: '_bytes' };

const metricName = (name: string, unit: string) =>
  `${name.replace(/[^a-zA-Z0-9_]/g, '_')}${UNIT_SUFFIX[unit] ?? ''}`;
const escapeLabel = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

function labels(attributes: Attributes, extra: Record<string, string> = {}): string {
  const pairs = [
    ...Object.entries(attributes).flatMap(([key, value]) =>
      value === undefined ? [] : [[key.replace(/[^a-zA-Z0-9_]/g, '_'), String(value)] as const],
    ),
    ...Object.entries(extra),
  ];
  return pairs.length === 0
    ? ''
    : `{${pairs.map(([key, value]) => `${key}="${escapeLabel(value)}"`).join(',')}}`;
}

let exposition: OtelMetricsExposition | undefined;

/**
 * Registers a MeterProvider for the process (once) so the GenAI semantic-convention metrics the
 * LLM layer records (`gen_ai.client.*`) can be served at /metrics beside the prom-client series.
 * Must run before the LLM metrics are first created (they take their meter then).
 */
export function otelMetricsExposition(): OtelMetricsExposition {
  if (exposition) return exposition;
  const reader = new CollectOnScrape();
  const installed = metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
  exposition = {
    installed,
    async render() {
      if (!installed) return '';
      const { resourceMetrics } = await reader.collect();
      const out: string[] = [];
      for (const scope of resourceMetrics.scopeMetrics) {
        for (const metric of scope.metrics) {
          const base = metricName(metric.descriptor.name, metric.descriptor.unit);
          const counter = metric.dataPointType === DataPointType.SUM && metric.isMonotonic;
          const name = counter ? `${base}_total` : base;
          out.push(`# HELP ${name} ${metric.descriptor.description}`);
          if (metric.dataPointType === DataPointType.HISTOGRAM) {
            out.push(`# TYPE ${name} histogram`);
            for (const point of metric.dataPoints) {
              const { boundaries, counts } = point.value.buckets;
              let cumulative = 0;
              boundaries.forEach((le, i) => {
                cumulative += counts[i] ?? 0;
                out.push(`${name}_bucket${labels(point.attributes, { le: String(le) })} ${cumulative}`);
              });
              out.push(`${name}_bucket${labels(point.attributes, { le: '+Inf' })} ${point.value.count}`);
              out.push(`${name}_sum${labels(point.attributes)} ${point.value.sum ?? 0}`);
              out.push(`${name}_count${labels(point.attributes)} ${point.value.count}`);
            }
          } else {
            out.push(`# TYPE ${name} ${counter ? 'counter' : 'gauge'}`);
            for (const point of metric.dataPoints)
              out.push(`${name}${labels(point.attributes)} ${point.value}`);
          }
        }
      }
      return out.length === 0 ? '' : `${out.join('\n')}\n`;
    },
  };
  return exposition;
}
