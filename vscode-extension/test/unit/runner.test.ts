import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runProcess } from '../../src/runner';
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
