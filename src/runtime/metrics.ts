import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * Prometheus metrics of the process, served at GET /metrics. One registry per process (not
 * prom-client's global one, so tests and embedding apps never collide); the counters are module
 * singletons that any stage may import and increment.
 */
export const metricsRegistry = new Registry();
metricsRegistry.setDefaultLabels({ service: "zhitong" });
collectDefaultMetrics({ register: metricsRegistry, prefix: "zhitong_" });

/** Intake fell back from the LLM engine to the offline engine (timeout, error, invalid output). */
export const llmFallbacks = new Counter({
  name: "zhitong_llm_fallbacks_total",
  help: "Conversation turns where the LLM engine failed and the offline engine answered instead",
  labelNames: ["reason"] as const,
  registers: [metricsRegistry],
});

/** Channel webhook requests by channel and outcome (ok | rejected | error). */
export const webhookRequests = new Counter({
  name: "zhitong_webhook_requests_total",
  help: "Channel webhook requests (/channels/*) by channel and outcome",
  labelNames: ["channel", "outcome"] as const,
  registers: [metricsRegistry],
});

/** Time a job waited in its queue before a worker took it (from enqueue or its run-at time). */
export const jobWaitSeconds = new Histogram({
  name: "zhitong_job_wait_seconds",
  help: "Seconds between a job becoming due and a worker starting it",
  labelNames: ["queue"] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 1800],
  registers: [metricsRegistry],
});

/** Time a worker spent on a job, by outcome. */
export const jobRunSeconds = new Histogram({
  name: "zhitong_job_run_seconds",
  help: "Seconds a worker spent processing a job",
  labelNames: ["queue", "outcome"] as const,
  buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metricsRegistry],
});

/** Jobs per queue and state, refreshed from Redis at each scrape. */
export const queueJobs = new Gauge({
  name: "zhitong_queue_jobs",
  help: "Jobs per queue and state (waiting, active, delayed, failed) at scrape time",
  labelNames: ["queue", "state"] as const,
  registers: [metricsRegistry],
});

/** 1 when the last scrape could read the queue depths from Redis, 0 during an outage. */
export const queueStatsAvailable = new Gauge({
  name: "zhitong_queue_stats_available",
  help: "Whether zhitong_queue_jobs could be refreshed from Redis at the last scrape (0 = Redis unreachable)",
  registers: [metricsRegistry],
});
