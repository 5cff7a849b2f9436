import type { Job, Worker } from "bullmq";
import { jobRunSeconds, jobWaitSeconds } from "../runtime/metrics.js";

/**
 * Records job latencies of a worker in the Prometheus histograms: the wait (due → started) and
 * the run time (started → finished, by outcome). Uses the worker's events, so handlers stay unaware.
 */
export function instrumentWorker(worker: Worker, queue: string): Worker {
  const observe = (job: Job | undefined, outcome: "completed" | "failed") => {
    if (!job?.processedOn) return;
    const due = job.timestamp + (job.opts?.delay ?? 0);
    if (job.attemptsMade <= 1) jobWaitSeconds.observe({ queue }, Math.max(0, job.processedOn - due) / 1000);
    if (job.finishedOn)
      jobRunSeconds.observe({ queue, outcome }, Math.max(0, job.finishedOn - job.processedOn) / 1000);
  };
  worker.on("completed", (job) => observe(job, "completed"));
  worker.on("failed", (job) => observe(job, "failed"));
  return worker;
}
