// Debouncing, for the preview: redraw once typing pauses. No `vscode` import.

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface Debounced<A extends unknown[]> {
  /** Schedules a call with these arguments, replacing any scheduled call. */
  (...args: A): void;
  /** Drops the scheduled call, if any. */
  cancel(): void;
  /** Makes the scheduled call now, if any. */
  flush(): void;
  /** Whether a call is scheduled. */
  pending(): boolean;
}

/**
 * Calls `fn` with the latest arguments once `waitMs` has passed without another call. `waitMs` may
 * be a function, read at each call, so a changed setting applies at once. A wait of 0 or less
 * still defers the call (to the next turn of the event loop), so a burst of calls makes one.
 */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, waitMs: number | (() => number), timers: Timers = realTimers): Debounced<A> {
  let handle: unknown;
  let scheduled = false;
  let lastArgs: A | undefined;

  const wait = (): number => {
    const ms = typeof waitMs === 'function' ? waitMs() : waitMs;
    return Number.isFinite(ms) && ms > 0 ? ms : 0;
  };

  const fire = (): void => {
    scheduled = false;
    handle = undefined;
    const args = lastArgs as A;
    lastArgs = undefined;
    fn(...args);
  };

  const debounced = ((...args: A): void => {
    lastArgs = args;
    if (scheduled) timers.clearTimeout(handle);
    scheduled = true;
    handle = timers.setTimeout(fire, wait());
  }) as Debounced<A>;

  debounced.cancel = (): void => {
    if (scheduled) timers.clearTimeout(handle);
    scheduled = false;
    handle = undefined;
    lastArgs = undefined;
  };
  debounced.flush = (): void => {
    if (!scheduled) return;
    timers.clearTimeout(handle);
    fire();
  };
  debounced.pending = (): boolean => scheduled;
  return debounced;
}
