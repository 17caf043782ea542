import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { debounce, type Timers } from '../../src/debounce';

/** Timers that run only when the test advances the clock. */
class FakeTimers implements Timers {
  now = 0;
  private next = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.timers.set(id, { at: this.now + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = until;
  }
  get count(): number {
    return this.timers.size;
  }
}

describe('debounce', () => {
  it('calls once, with the last arguments, after the wait', () => {
    const timers = new FakeTimers();
    const calls: string[] = [];
    const d = debounce((s: string) => calls.push(s), 300, timers);
    d('a');
    timers.advance(100);
    d('b');
    timers.advance(299);
    assert.deepEqual(calls, []);
    assert.equal(d.pending(), true);
    timers.advance(1);
    assert.deepEqual(calls, ['b']);
    assert.equal(d.pending(), false);
    assert.equal(timers.count, 0);
  });

  it('reads a wait given as a function at each call', () => {
    const timers = new FakeTimers();
    let wait = 100;
    const calls: number[] = [];
    const d = debounce(() => calls.push(timers.now), () => wait, timers);
    d();
    timers.advance(100);
    wait = 500;
    d();
    timers.advance(499);
    assert.deepEqual(calls, [100]);
    timers.advance(1);
    assert.deepEqual(calls, [100, 600]);
  });

  it('treats a wait of 0, a negative or a non-number as no wait, but still defers', () => {
    for (const wait of [0, -5, Number.NaN]) {
      const timers = new FakeTimers();
      let calls = 0;
      const d = debounce(() => calls++, wait, timers);
      d();
      d();
      assert.equal(calls, 0);
      timers.advance(0);
      assert.equal(calls, 1);
    }
  });

  it('cancels and flushes', () => {
    const timers = new FakeTimers();
    const calls: string[] = [];
    const d = debounce((s: string) => calls.push(s), 50, timers);
    d('x');
    d.cancel();
    timers.advance(100);
    assert.deepEqual(calls, []);
    d('y');
    d.flush();
    assert.deepEqual(calls, ['y']);
    d.flush();
    timers.advance(100);
    assert.deepEqual(calls, ['y']);
  });

  it('works with the real timers', async () => {
    let calls = 0;
    const d = debounce(() => calls++, 20);
    d();
    d();
    d();
    await new Promise((resolve) => setTimeout(resolve, 80));
    assert.equal(calls, 1);
  });
});
