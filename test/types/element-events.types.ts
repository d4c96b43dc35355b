// Checked by `tsc` in `npm test` (not run): listeners and queries know each element's state type.
import type { CoprodChangeEvent, CoprodInvalidEvent, LadderState, ReadinessState, SupportCircleState } from '../../src/index.js';

export function typedListeners(): void {
  const circle = document.querySelector('coprod-support-circle')!;
  circle.addEventListener('coprod-change', (event) => {
    const state: SupportCircleState = event.detail.value;
    const typed: CoprodChangeEvent<SupportCircleState> = event;
    // @ts-expect-error a support circle's state is not a ladder's
    const wrong: LadderState = event.detail.value;
    void [state, typed, wrong];
  });
  circle.addEventListener('coprod-invalid', (event) => {
    const invalid: CoprodInvalidEvent = event;
    void invalid.detail.errors[0].path;
  });
  const radar = document.createElement('coprod-readiness-radar');
  radar.addEventListener('coprod-change', (event) => {
    const answers: ReadinessState['answers'] = event.detail.value.answers;
    void answers;
  });
  // Plain DOM events keep their own types.
  radar.addEventListener('click', (event) => void event.clientX);
  const listener = (event: CoprodChangeEvent<LadderState>) => void event.detail.value.examples;
  document.querySelector('coprod-ladder')!.addEventListener('coprod-change', listener);
  document.querySelector('coprod-ladder')!.removeEventListener('coprod-change', listener);
}
