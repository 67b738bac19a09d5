import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CookieJar } from '../electron/main/cookie-jar';
import { embeddedDataDir, startEmbeddedUpstream } from '../electron/main/embedded-upstream';
import { createApiForwarder } from '../electron/main/forward-api-request';
import { buildCaseServiceWorker } from '../electron/main/testing/case-service-worker-bundle';
import { idleProbes, pushWhileProbing, seedPushDesk } from '../electron/main/testing/push-probe';

/** A session read while the embedded service, in its worker, applies a long push. */
export interface ProbeFigures {
  actions: number;
  pushMs: number;
  idle: { p50: number; max: number };
  duringPush: { count: number; p50: number; p95: number; max: number };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

export async function measureProbe(actions: number): Promise<ProbeFigures> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'desk-bench-probe-'));
  const worker = await buildCaseServiceWorker();
  try {
    const desk = await seedPushDesk(embeddedDataDir(userDataDir), actions);
    const upstream = await startEmbeddedUpstream(userDataDir, worker.path);
    try {
      const api = createApiForwarder(upstream, new CookieJar());
      const run = await pushWhileProbing(api, desk);
      // Measured after the push, signed in, on the same service: the same request at rest.
      const idle = await idleProbes(api, 30);
      return {
        actions,
        pushMs: run.pushMs,
        idle: { p50: percentile(idle, 50), max: Math.max(...idle) },
        duringPush: {
          count: run.probeMs.length,
          p50: percentile(run.probeMs, 50),
          p95: percentile(run.probeMs, 95),
          max: Math.max(...run.probeMs),
        },
      };
    } finally {
      await upstream.close();
    }
  } finally {
    await worker.remove();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
