/**
 * Elements that appear together (a page with several exercises) render their first time in
 * turns: once first renders have used `BUDGET` ms of one task, the next waits until the
 * browser has drawn a frame, so it lays out and paints what is there and answers input in
 * between, instead of freezing for all of them. (Waiting for a new task only was not enough:
 * the browser then laid out every element in one long frame.) The first element on a page
 * never waits.
 */
// The frame after a turn lays out what the turn rendered, at two to three times the turn's
// script (measured on a page with all eight exercises): a 12 ms turn made frames of 20-50 ms,
// and sometimes over the 50 ms of a long task; a 6 ms turn keeps them near 30 ms.
const BUDGET = 6;
/** A hidden or throttled page draws no frames: wait at most this long. */
const FRAME_WAIT = 50;
let turnStarted: number | undefined;

function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let waiting = true;
    const go = () => {
      if (waiting) resolve();
      waiting = false;
    };
    // A task after the frame's callbacks runs after its layout and paint.
    if (typeof requestAnimationFrame === 'function' && !document.hidden) requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, FRAME_WAIT);
  });
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
  return afterNextFrame().then(startTurn);
}
