/** @jsxImportSource preact */
// Checked by `tsc` in `npm test` (not run): the `coprod/preact` typings know each element.
import type { LadderState, SupportCircleState } from 'coprod';
import type {} from 'coprod/preact';

export function PreactTypings({ ladder, circle }: { ladder: LadderState; circle: SupportCircleState }) {
  return (
    <div>
      <coprod-ladder value={ladder} storage-key="ladder" readonly oncoprod-change={(event) => void (event.detail.value satisfies LadderState)} />
      <coprod-support-circle
        value={circle}
        oncoprod-change={(event) => {
          // @ts-expect-error a support circle's state is not a ladder's
          const wrong: LadderState = event.detail.value;
          void wrong;
        }}
        oncoprod-invalid={(event) => void event.detail.errors[0]?.path}
      />
      {/* @ts-expect-error a ladder takes a ladder's state */}
      <coprod-ladder value={circle} />
      {/* @ts-expect-error no such property (names with a hyphen are never checked by TypeScript) */}
      <coprod-ladder storageKeys="x" />
    </div>
  );
}
