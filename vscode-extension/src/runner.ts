// Running `blueprint` as a child process (the exports, and the probe for `blueprint lsp`), with a
// time limit and a bound on its output. No `vscode` import, so it is unit tested in plain Node.

import { spawn, type ChildProcess } from 'node:child_process';

export interface RunOptions {
  /** Written to the program's standard input, which is then closed. */
  stdin?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Stop the program after this long (default 60 s). */
  timeoutMs?: number;
  /** Stop the program when its standard output grows past this (default 256 MiB). */
  maxStdoutBytes?: number;
  /** How long to wait after SIGTERM before SIGKILL (default 2 s). */
  killGraceMs?: number;
}

export interface RunResult {
  /** The exit status, or null when the program was stopped by a signal or never started. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
  /** Why the program could not be started (ENOENT, EACCES, ...). */
  spawnError?: NodeJS.ErrnoException;
  timedOut: boolean;
  cancelled: boolean;
  /** Standard output passed `maxStdoutBytes` and the program was stopped. */
  overflow: boolean;
}

export interface RunningProcess {
  readonly result: Promise<RunResult>;
  readonly pid: number | undefined;
  /** Stops the program (SIGTERM, then SIGKILL); `result` resolves once it has exited. */
  cancel(): void;
}

const MAX_STDERR = 1024 * 1024;

export function runProcess(command: string, args: readonly string[], options: RunOptions = {}): RunningProcess {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxStdout = options.maxStdoutBytes ?? 256 * 1024 * 1024;
  const killGraceMs = options.killGraceMs ?? 2000;

  let child: ChildProcess;
  const stdout: Buffer[] = [];
  let stdoutBytes = 0;
  let stderr = '';
  let timedOut = false;
  let cancelled = false;
  let overflow = false;
  let exited = false;
  let killTimer: ReturnType<typeof setTimeout> | undefined;

  const stop = (): void => {
    if (exited) return;
    child.kill('SIGTERM');
    if (killTimer === undefined) {
      killTimer = setTimeout(() => {
        if (!exited) child.kill('SIGKILL');
      }, killGraceMs);
    }
  };

  const result = new Promise<RunResult>((resolve) => {
    try {
      child = spawn(command, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
        shell: false,
      });
    } catch (error) {
      exited = true;
      resolve({
        code: null,
        signal: null,
        stdout: Buffer.alloc(0),
        stderr: '',
        spawnError: error as NodeJS.ErrnoException,
        timedOut: false,
        cancelled: false,
        overflow: false,
      });
      return;
    }

    let spawnError: NodeJS.ErrnoException | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, timeoutMs);

    child.stdout?.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxStdout) {
        if (!overflow) {
          overflow = true;
          stop();
        }
        return;
      }
      stdout.push(chunk);
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      if (stderr.length < MAX_STDERR) stderr += chunk.slice(0, MAX_STDERR - stderr.length);
    });
    // The program may exit before reading all its input (EPIPE): that is its exit status's business.
    child.stdin?.on('error', () => undefined);
    child.on('error', (error: NodeJS.ErrnoException) => {
      spawnError = error;
    });
    child.on('close', (code, signal) => {
      exited = true;
      clearTimeout(timer);
      if (killTimer !== undefined) clearTimeout(killTimer);
      const out: RunResult = {
        code: spawnError ? null : code,
        signal: spawnError ? null : signal,
        stdout: Buffer.concat(stdout),
        stderr,
        timedOut,
        cancelled,
        overflow,
      };
      if (spawnError) out.spawnError = spawnError;
      resolve(out);
    });

    if (options.stdin !== undefined) child.stdin?.end(options.stdin, 'utf8');
    else child.stdin?.end();
  });

  return {
    result,
    get pid() {
      return child?.pid;
    },
    cancel() {
      if (exited) return;
      cancelled = true;
      stop();
    },
  };
}
