import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { filledBoard } from './fixtures/opportunity.fixtures.js';
import { clone, focusable, mount, record, settle, shadow, type AnyCoprodElement } from './helpers.js';

/**
 * Each exercise, done with the keyboard alone: Tab through it, type into every field, choose
 * in every choice group, use its "add"/"hand in" buttons, and leave it again with Tab. Every
 * stop must show where focus is.
 */
const styleKeys = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'stroke', 'stroke-width', 'background-color', 'border-color'] as const;

function lookOf(el: Element): string {
  const parts = [el, ...el.querySelectorAll('*')].slice(0, 25).map((node) => {
    const style = getComputedStyle(node);
    return styleKeys.map((key) => style.getPropertyValue(key)).join('|');
  });
  return parts.join(';');
}

function snapshot(root: ShadowRoot, except: Element | null): Map<Element, string> {
  const looks = new Map<Element, string>();
  for (const el of root.querySelectorAll(focusable)) if (el !== except) looks.set(el, lookOf(el));
  return looks;
}

const starts: Record<string, unknown> = { 'coprod-opportunity-board': filledBoard };
const actingButton = /^\s*(add|new|hand in|\+)|toevoegen|inleveren/i;
/** In drawings and boards, items move with arrow keys: one press of the key that changes something. */
const itemKeys: Record<string, { selector: string; key: string }> = {
  'coprod-support-circle': { selector: '.mark', key: 'ArrowDown' },
  'coprod-opportunity-board': { selector: 'article.card', key: 'ArrowRight' },
};

for (const tag of ['coprod-ladder', 'coprod-readiness-radar', 'coprod-action-plan', 'coprod-support-circle', 'coprod-profile-card', 'coprod-opportunity-card', 'coprod-opportunity-board', 'coprod-gratitude']) {
  for (const forced of [false, true]) describe(`${tag}: keyboard only${forced ? ', forced colours' : ''}`, () => {
    afterEach(async () => {
      document.body.querySelectorAll('.keyboard-stage').forEach((stage) => stage.remove());
      await executeServerCommand('coprod-emulate-media', {});
    });

    it('is completed without a pointer, shows focus at every stop, and lets focus leave', async () => {
      if (forced) await executeServerCommand('coprod-emulate-media', { 'forced-colors': 'active' });
      const stage = document.createElement('div');
      stage.className = 'keyboard-stage';
      const before = document.createElement('button');
      before.textContent = 'before';
      const after = document.createElement('button');
      after.textContent = 'after';
      stage.append(before);
      document.body.append(stage);
      const el = await mount<AnyCoprodElement>(tag, { parent: stage, properties: starts[tag] ? { value: clone(starts[tag]) } : {} });
      stage.append(after);
      const { changes } = record(el);
      const submits: Event[] = [];
      el.addEventListener('coprod-submit', (event) => submits.push(event));
      const root = shadow(el);
      let looks = snapshot(root, null);
      const pressed = new Set<string>();
      const withoutFocusLook: string[] = [];
      before.focus();
      let stops = 0;
      for (; stops < 160; stops++) {
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        if (document.activeElement !== el) break;
        const active = root.activeElement as HTMLElement;
        const unfocused = looks.get(active);
        // A date field's last stop is its calendar button (the browser's own part): the field shows the ring then too.
        if (unfocused !== undefined && unfocused === lookOf(active)) withoutFocusLook.push(active.outerHTML.slice(0, 80));
        let acted = false;
        if (active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.type === 'text')) {
          if (!active.value) {
            await sendKeys({ type: `Tekst ${stops}` });
            acted = true;
          }
        } else if (active instanceof HTMLInputElement && (active.type === 'radio' || active.type === 'checkbox') && !active.checked) {
          await sendKeys({ press: 'Space' });
          acted = true;
        } else if (active instanceof HTMLButtonElement && actingButton.test(`${active.getAttribute('aria-label') ?? ''} ${active.textContent ?? ''}`) && !pressed.has(active.textContent!.trim()) && pressed.size < 3) {
          pressed.add(active.textContent!.trim());
          await sendKeys({ press: 'Enter' });
          acted = true;
        } else if (itemKeys[tag] && active.matches(itemKeys[tag].selector) && !pressed.has('item')) {
          pressed.add('item');
          await sendKeys({ press: itemKeys[tag].key });
          acted = true;
        }
        if (acted) {
          await el.updateComplete;
          await settle();
          looks = snapshot(root, root.activeElement);
        }
      }
      expect(stops, 'Tab leaves the element again (no focus trap)').to.be.lessThan(160);
      expect(document.activeElement).to.equal(after);
      expect(withoutFocusLook, 'stops that look the same focused and unfocused').to.deep.equal([]);
      expect(changes.length + submits.length, 'the keyboard changed the exercise').to.be.greaterThan(0);
      if (tag === 'coprod-opportunity-card') expect(submits, 'the card was handed in').to.have.length(1);
    });
  });
}
