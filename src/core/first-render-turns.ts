/**
 * Elements that appear together (a page with several exercises) render their first time in
 * turns: once first renders have used `BUDGET` ms of one task, the next waits for a new task,
 * so the browser can paint and answer input in between instead of freezing for all of them.
 * The first element on a page never waits.
 */
const BUDGET = 30;
let turnStarted: number | undefined;

function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function startTurn(): void {
  turnStarted = performance.now();
  // The turn ends with the task: a render in a later task starts a fresh one.
  setTimeout(() => (turnStarted = undefined), 0);
}

/** Resolves when a first render may run (at once, unless this task's budget is spent). */
export function firstRenderTurn(): Promise<void> | undefined {
  if (turnStarted === undefined) {
    startTurn();
    return undefined;
  }
  if (performance.now() - turnStarted < BUDGET) return undefined;
  return nextTask().then(startTurn);
}
