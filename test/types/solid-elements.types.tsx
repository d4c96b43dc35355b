/** @jsxImportSource solid-js */
// Checked by `tsc` in `npm test` (not run): the `coprod/solid` typings know each element.
import type { LadderState, SupportCircleState } from 'coprod';
import type {} from 'coprod/solid';

export function SolidTypings(props: { ladder: LadderState; circle: SupportCircleState }) {
  return (
    <div>
      <coprod-ladder value={props.ladder} storage-key="ladder" readonly on:coprod-change={(event) => void (event.detail.value satisfies LadderState)} />
      <coprod-support-circle
        prop:value={props.circle}
        on:coprod-change={(event) => {
          // @ts-expect-error a support circle's state is not a ladder's
          const wrong: LadderState = event.detail.value;
          void wrong;
        }}
        on:coprod-invalid={(event) => void event.detail.errors[0]?.path}
      />
      {/* @ts-expect-error a ladder takes a ladder's state */}
      <coprod-ladder prop:value={props.circle} />
      {/* @ts-expect-error no such property (names with a hyphen are never checked by TypeScript) */}
      <coprod-ladder storageKeys="x" />
    </div>
  );
}
