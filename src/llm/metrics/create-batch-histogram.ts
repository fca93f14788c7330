import type { Registry } from 'prom-client';

/** One labelled series of a batch histogram; keep it rather than looking it up per observation. */
export interface HistogramSeries {
  observe(value: number): void;
  /** Adds every value of an ascending array, each multiplied by `scale` (e.g. 1/1000 for ms into s). */
  observeSorted(sortedValues: ArrayLike<number>, scale?: number): void;
}

export interface BatchHistogram<Label extends string> {
  series(labels: Record<Label, string>): HistogramSeries;
}

interface SeriesState {
  labels: Record<string, string>;
  /** Per bucket (not cumulative), the last one for values above every bound. */
  counts: Float64Array;
  sum: number;
  count: number;
}

/**
 * A Prometheus histogram whose series are looked up once and kept, fed whole calls at a time: a
 * call's inter-token gaps, sorted once, fall into the buckets in one merge pass, where prom-client's
 * `observe` would validate and hash the labels and search the buckets for every value (about forty
 * times a call for the gaps alone). Registered in `registry` as a prom-client metric, so `/metrics`
 * renders it exactly as a prom-client Histogram with the same observations.
 */
export function createBatchHistogram<Label extends string>(options: {
  name: string;
  help: string;
  buckets: readonly number[];
  labelNames: readonly Label[];
  registry: Registry;
}): BatchHistogram<Label> {
  const { name, help, buckets, labelNames } = options;
  const byKey = new Map<string, SeriesState & HistogramSeries>();

  const metric = {
    name,
    help,
    type: 'histogram' as const,
    aggregator: 'sum' as const,
    reset() {
      for (const state of byKey.values()) {
        state.counts.fill(0);
        state.sum = 0;
        state.count = 0;
      }
    },
    async get() {
      const values: { labels: Record<string, string | number>; value: number; metricName: string }[] = [];
      for (const { labels, counts, sum, count } of byKey.values()) {
        // As prom-client renders only the label sets observed since the last reset.
        if (count === 0) continue;
        let cumulative = 0;
        buckets.forEach((bound, index) => {
          cumulative += counts[index] as number;
          values.push({ labels: { le: bound, ...labels }, value: cumulative, metricName: `${name}_bucket` });
        });
        values.push({ labels: { le: '+Inf', ...labels }, value: count, metricName: `${name}_bucket` });
        values.push({ labels, value: sum, metricName: `${name}_sum` });
        values.push({ labels, value: count, metricName: `${name}_count` });
      }
      return { name, help, type: metric.type, values, aggregator: metric.aggregator };
    },
  };
  // prom-client's registry takes any object of this shape, as it does its own metric classes.
  options.registry.registerMetric(metric as unknown as Parameters<Registry['registerMetric']>[0]);

  return {
    series(labels) {
      const key = labelNames.map((label) => labels[label]).join('\u0000');
      let state = byKey.get(key);
      if (!state) {
        const created: SeriesState & HistogramSeries = {
          labels: Object.fromEntries(labelNames.map((label) => [label, labels[label]])),
          counts: new Float64Array(buckets.length + 1),
          sum: 0,
          count: 0,
          observe(value) {
            let bucket = 0;
            while (bucket < buckets.length && value > (buckets[bucket] as number)) bucket++;
            created.counts[bucket] = (created.counts[bucket] as number) + 1;
            created.sum += value;
            created.count += 1;
          },
          observeSorted(sortedValues, scale = 1) {
            let bucket = 0;
            for (let index = 0; index < sortedValues.length; index++) {
              const value = (sortedValues[index] as number) * scale;
              while (bucket < buckets.length && value > (buckets[bucket] as number)) bucket++;
              created.counts[bucket] = (created.counts[bucket] as number) + 1;
              created.sum += value;
            }
            created.count += sortedValues.length;
          },
        };
        state = created;
        byKey.set(key, state);
      }
      return state;
    },
  };
}
