// A small Angular 21 app (standalone components, zoneless) that embeds an exercise the way a
// host would. Compiled just in time in the browser (@angular/compiler), bundled by
// scripts/build-test-hosts.mjs against the built package (dist/). `tsc` checks the component
// classes (handler and state types); the templates are not type-checked (that needs ngc).
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, EventEmitter, Input, Output, provideZonelessChangeDetection, signal, type Type } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import type { CoprodChangeEvent, LadderState } from 'coprod';
import '../../dist/index.js';
import type { HostOptions } from './host-options.js';

/** The example in docs/embedding.md: a ladder in a form, its state kept in a signal. */
@Component({
  selector: 'app-ladder-form',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <form (submit)="save($event)">
      <coprod-ladder name="ladder" [value]="ladder()" (coprod-change)="onChange($event)"></coprod-ladder>
      <button>Save</button>
    </form>
  `,
})
export class LadderFormComponent {
  readonly ladder = signal<LadderState | null>(null);
  // Decorators rather than input()/output(): just-in-time compiling does not see signal inputs.
  @Output() readonly saved = new EventEmitter<LadderState>();

  /** The starting state; each edit then replaces `ladder`. */
  @Input({ required: true }) set start(state: LadderState) {
    this.ladder.set(state);
  }

  onChange(event: CoprodChangeEvent<LadderState>): void {
    this.ladder.set(event.detail.value);
  }

  save(event: SubmitEvent): void {
    event.preventDefault();
    const ladder = this.ladder();
    if (ladder) this.saved.emit(ladder);
  }
}

async function bootstrap<C>(container: HTMLElement, component: Type<C>) {
  const app = await createApplication({ providers: [provideZonelessChangeDetection()] });
  const host = container.appendChild(document.createElement('div'));
  const ref = app.bootstrap(component, host);
  app.tick();
  return { app, ref };
}

export async function mountAngularLadderForm(container: HTMLElement, start: LadderState, onSave: (state: LadderState) => void) {
  @Component({
    selector: 'app-root',
    imports: [LadderFormComponent],
    template: `<app-ladder-form [start]="start" (saved)="onSave($event)" />`,
  })
  class Page {
    readonly start = start;
    readonly onSave = onSave;
  }
  const { app } = await bootstrap(container, Page);
  return { unmount: () => app.destroy() };
}

/**
 * Any exercise by tag. Angular needs the tag in the template, so each tag gets its own
 * component class, compiled just in time.
 */
function genericHost(tag: string, initial: unknown, controlled: boolean) {
  @Component({
    selector: 'app-exercise-host',
    schemas: [CUSTOM_ELEMENTS_SCHEMA],
    template: `
      <form (submit)="onSubmit($event)">
        <${tag} name="exercise" [value]="value()" (coprod-change)="onChange($event)"></${tag}>
        <output>{{ renders() }}</output>
        <button>Save</button>
      </form>
    `,
  })
  class ExerciseHost {
    readonly value = signal<unknown>(initial);
    readonly renders = signal(0);
    readonly received: unknown[] = [];
    readonly submitted: unknown[] = [];

    onChange(event: CoprodChangeEvent): void {
      this.received.push(event.detail.value);
      if (controlled) this.value.set(event.detail.value);
    }

    onSubmit(event: SubmitEvent): void {
      event.preventDefault();
      this.submitted.push(new FormData(event.target as HTMLFormElement).get('exercise'));
    }
  }
  return ExerciseHost;
}

export async function mountAngularHost(container: HTMLElement, tag: string, initial: unknown, { controlled }: HostOptions) {
  const { app, ref } = await bootstrap(container, genericHost(tag, initial, controlled));
  const host = ref.instance;
  // Zoneless Angular renders a signal change on its next scheduled pass; tick() renders it now.
  const tick = (change: () => void) => {
    change();
    app.tick();
  };
  return {
    received: host.received,
    submitted: host.submitted,
    setState: (value: unknown) => tick(() => host.value.set(value)),
    rerender: () => tick(() => host.renders.update((count) => count + 1)),
    unmount: () => app.destroy(),
  };
}
