import type { Clock } from '../clock';

/** A clock the test moves by hand. */
export class TestClock {
  private current: Date;

  constructor(start = '2026-03-02T09:00:00.000Z') {
    this.current = new Date(start);
  }

  readonly now: Clock = () => new Date(this.current.getTime());

  set(iso: string): void {
    this.current = new Date(iso);
  }

  advanceSeconds(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }

  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}
