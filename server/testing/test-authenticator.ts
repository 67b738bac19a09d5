import { Secret, TOTP } from 'otpauth';
import type { TestClock } from './test-clock';
import type { RequestHandler } from './test-client';

const PERIOD_MS = 30_000;

/**
 * A person's authenticator app, for tests: it hands out codes the service has not accepted
 * yet. The service takes a code for the step before, the step of, or the step after its
 * clock, each once; when all three are used, a test clock is moved on to the next step
 * (a real clock is waited for), as a person would wait for the next code.
 */
export class TestAuthenticator {
  private lastStep = 0;

  constructor(
    readonly secret: string,
    private readonly clock: TestClock | null,
  ) {}

  private nowMs(): number {
    return this.clock ? this.clock.now().getTime() : Date.now();
  }

  /** The current code, whether or not it was used: for tests of refusals. */
  currentCode(): string {
    return this.codeFor(Math.floor(this.nowMs() / PERIOD_MS));
  }

  /** A code the service will accept once. */
  async nextCode(): Promise<string> {
    const current = Math.floor(this.nowMs() / PERIOD_MS);
    const step = Math.max(current - 1, this.lastStep + 1);
    if (step > current + 1) {
      const startOfStepBefore = (step - 1) * PERIOD_MS;
      if (this.clock) this.clock.advanceSeconds((startOfStepBefore - this.nowMs()) / 1000);
      else
        await new Promise((resolve) => setTimeout(resolve, startOfStepBefore - this.nowMs() + 50));
    }
    this.lastStep = step;
    return this.codeFor(step);
  }

  /** Marks the current step used, after a test spent its code directly. */
  spent(): void {
    this.lastStep = Math.max(this.lastStep, Math.floor(this.nowMs() / PERIOD_MS));
  }

  private codeFor(step: number): string {
    return TOTP.generate({ secret: Secret.fromBase32(this.secret), timestamp: step * PERIOD_MS });
  }
}

const byService = new WeakMap<RequestHandler, Map<string, TestAuthenticator>>();

/** The authenticators of the people of one service, by username. */
export function authenticatorsOf(service: RequestHandler): Map<string, TestAuthenticator> {
  let found = byService.get(service);
  if (!found) byService.set(service, (found = new Map()));
  return found;
}
