import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { LatestOnlyRunner, runProcess, type RunOptions } from '../../src/runner';
import { ROOT } from '../helpers/env';

const FAKE = path.join(ROOT, 'test', 'fixtures', 'fake-program.js');
const node = process.execPath;
const fake = (...args: string[]): string[] => [FAKE, ...args];

describe('runProcess', () => {
  it('writes stdin, reads stdout and stderr, and returns the exit status', async () => {
    const result = await runProcess(node, fake('echo', 'stderr', 'oops\n', 'exit', '1'), { stdin: 'héllo 取号' }).result;
    assert.equal(result.code, 1);
    assert.equal(result.stdout.toString('utf8'), 'héllo 取号');
    assert.equal(result.stderr, 'oops\n');
    assert.equal(result.timedOut, false);
    assert.equal(result.cancelled, false);
  });

  it('reports a program that cannot be started', async () => {
    const result = await runProcess(path.join(ROOT, 'no-such-program'), []).result;
    assert.equal(result.code, null);
    assert.equal(result.spawnError?.code, 'ENOENT');
  });

  it('stops a program that takes too long', async () => {
    const started = Date.now();
    const result = await runProcess(node, fake('sleep', '30000'), { timeoutMs: 200 }).result;
    assert.equal(result.timedOut, true);
    assert.equal(result.code, null);
    assert.ok(Date.now() - started < 10_000);
  });

  it('cancels', async () => {
    const running = runProcess(node, fake('sleep', '30000'));
    setTimeout(() => running.cancel(), 100);
    const result = await running.result;
    assert.equal(result.cancelled, true);
    assert.equal(result.signal, 'SIGTERM');
  });

  it('kills a program that ignores SIGTERM', async () => {
    const running = runProcess(node, fake('ignore-term', 'sleep', '30000'), { killGraceMs: 200 });
    setTimeout(() => running.cancel(), 300);
    const result = await running.result;
    assert.equal(result.signal, 'SIGKILL');
  });

  it('stops a program whose output is too large', async () => {
    const result = await runProcess(node, fake('flood', String(4 * 1024 * 1024), 'sleep', '30000'), { maxStdoutBytes: 1024 * 1024 }).result;
    assert.equal(result.overflow, true);
    assert.ok(result.stdout.length <= 1024 * 1024);
  });

  it('survives a program that exits without reading its input', async () => {
    const result = await runProcess(node, fake('exit', '3'), { stdin: 'x'.repeat(8 * 1024 * 1024) }).result;
    assert.equal(result.code, 3);
  });
});

describe('LatestOnlyRunner', () => {
  /** A runner that counts the processes alive at once. */
  function counting() {
    let alive = 0;
    let maxAlive = 0;
    let spawned = 0;
    const runner = new LatestOnlyRunner((command, args, options?: RunOptions) => {
      const running = runProcess(command, args, options);
      alive++;
      spawned++;
      maxAlive = Math.max(maxAlive, alive);
      void running.result.then(() => alive--);
      return running;
    });
    return { runner, stats: () => ({ alive, maxAlive, spawned }) };
  }

  it('runs only the newest of a burst, one process at a time', async () => {
    const { runner, stats } = counting();
    const started = Date.now();
    const runs = [];
    for (let i = 0; i < 10; i++) {
      runs.push(runner.run(node, i < 9 ? fake('sleep', '30000') : fake('echo'), { stdin: `run ${i}` }));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const results = await Promise.all(runs);
    assert.deepEqual(
      results.slice(0, 9).map((r) => r),
      Array(9).fill(undefined),
    );
    assert.equal(results[9]?.stdout.toString(), 'run 9');
    assert.equal(stats().maxAlive, 1, 'never more than one process alive');
    assert.equal(stats().alive, 0);
    assert.ok(stats().spawned <= 10);
    assert.ok(Date.now() - started < 15_000, 'the replaced runs were stopped, not waited for');
  });

  it('drops the result of a run replaced while it waited to start', async () => {
    const { runner, stats } = counting();
    const first = runner.run(node, fake('sleep', '30000'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = runner.run(node, fake('echo'), { stdin: 'second' });
    const third = runner.run(node, fake('echo'), { stdin: 'third' });
    assert.equal(await first, undefined);
    assert.equal(await second, undefined);
    assert.equal((await third)?.stdout.toString(), 'third');
    assert.equal(stats().spawned, 2, 'the second run never started');
  });

  it('stops everything when disposed', async () => {
    const { runner, stats } = counting();
    const run = runner.run(node, fake('sleep', '30000'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    runner.dispose();
    assert.equal(await run, undefined);
    assert.equal(await runner.run(node, fake('echo')), undefined);
    assert.equal(stats().alive, 0);
    assert.equal(runner.busy, false);
  });
});
