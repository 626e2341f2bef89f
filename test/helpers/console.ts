/** Captures `console.error`/`console.warn` calls during `run`, restoring them afterwards. */
export async function captureConsole(
  method: 'error' | 'warn',
  run: () => unknown | Promise<unknown>,
): Promise<string[]> {
  const original = console[method];
  const calls: string[] = [];
  console[method] = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console[method] = original;
  }
  return calls;
}

/** Collects the `spa-error` details that reach the document during `run`. */
export async function captureSpaErrors(run: () => unknown | Promise<unknown>) {
  const details: { tag: string; path: string; message: string }[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent).detail);
  document.addEventListener('spa-error', listener);
  try {
    await run();
  } finally {
    document.removeEventListener('spa-error', listener);
  }
  return details;
}
