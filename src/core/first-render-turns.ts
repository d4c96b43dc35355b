/**
 * Elements that appear together (a page with several exercises) render their first time in
 * turns, one turn per frame: once first renders have used `BUDGET` ms since the browser last
 * drew a frame, the next waits for the next frame, so the browser lays out and paints what is
 * there and answers input in between, instead of freezing for all of them. The budget counts
 * across tasks: elements that waited for the same frame do not all render before the next
 * one (the browser would lay them out together, in one long frame). The first element on a
 * page never waits.
 */
// The frame after a turn lays out what the turn rendered, at two to three times the turn's
// script. On a page with all eight exercises (1×), a budget per task let the elements that
// waited for one frame all render before the next, which then took 75-100 ms; 9 ms per frame
// keeps every frame under 50 ms, and all eight are on screen 9-15% later than then.
const BUDGET = 9;
/** A hidden or throttled page draws no frames: wait at most this long. */
const FRAME_WAIT = 50;
/** Milliseconds of first renders since the last frame. */
let spent = 0;
/** Whether a frame (or the wait for one) is due to start a new turn. */
let turnEnding = false;

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

/** Starts a new turn at the next frame (or after `FRAME_WAIT` where none comes). */
function endTurnAtNextFrame(): void {
  if (turnEnding) return;
  turnEnding = true;
  void afterNextFrame().then(() => {
    turnEnding = false;
    spent = 0;
  });
}

/**
 * Runs a first render now, or in a later frame when this frame's renders used the budget.
 * @param render - The render (synchronous); its time counts towards the turn.
 * @returns what `render` returned, or a promise of it when the render waits its turn
 */
export function takeTurn<T>(render: () => T): T | Promise<T> {
  if (spent >= BUDGET) return afterNextFrame().then(() => takeTurn(render));
  const start = performance.now();
  try {
    return render();
  } finally {
    spent += performance.now() - start;
    endTurnAtNextFrame();
  }
}
