import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { executeServerCommand } from '@web/test-runner-commands';
import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import '../src/index.js';
import '../src/room/define.js';
import type { CoprodRoom } from '../src/room/room.element.js';
import { offlineStoreName, peopleColors, personColor } from '../src/room/room.js';
import { unsavedUpdateKeys } from '../src/room/unsaved-updates.js';
import { ATOMIC_KEYS } from '../src/room/yjs-mapping.js';
import { allTags, filledByTag } from './fixtures/all.fixtures.js';
import { filledCircle } from './fixtures/support-circle.fixtures.js';
import { filledPlan } from './fixtures/action-plan.fixtures.js';
import { filledReadiness } from './fixtures/readiness-radar.fixtures.js';
import { fieldId } from '../src/core/coprod-element.js';
import type { ActionPlanState } from '../src/action-plan/plan.types.js';
import { filledCard } from './fixtures/opportunity.fixtures.js';
import { fieldByLabel, record, shadow, switchLocale, typeInto, type AnyCoprodElement } from './helpers.js';
import type { ReadinessState } from '../src/readiness-radar/radar.types.js';

declare const axe: { run(context: Element, options: object): Promise<{ violations: { id: string }[] }> };
import type { SupportCircleState } from '../src/support-circle/circle.types.js';
import type { OpportunityBoardState } from '../src/opportunity/opportunity.types.js';
import type { CoprodOpportunityCard } from '../src/opportunity/card.element.js';

interface ServerInfo {
  url: string;
  token: string;
}

let server: ServerInfo;
let counter = 0;
const uniqueRoom = () => `test-${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Waits until `check` stops throwing (or returns true), polling; fails with the last error. */
async function until(check: () => unknown, what: string, timeout = 15000): Promise<void> {
  const start = performance.now();
  let last: unknown;
  while (performance.now() - start < timeout) {
    try {
      const result = check();
      if (result !== false) return;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/** A `<coprod-room>` with the given exercise markup, appended to the page; a client of its own. */
async function openRoom(room: string, inner: string, options: { token?: string; offlineCopy?: boolean; name?: string } = {}): Promise<CoprodRoom> {
  const el = document.createElement('coprod-room');
  el.server = server.url;
  el.room = room;
  el.token = options.token ?? server.token;
  el.noOfflineCopy = !options.offlineCopy;
  if (options.name) el.name = options.name;
  // Markup made by the test itself (no user data).
  el.innerHTML = inner;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const connected = (room: CoprodRoom) => until(() => room.status === 'connected', `${room.room} connected`);

function exercise<E extends AnyCoprodElement>(room: CoprodRoom, selector: string): E {
  const el = room.querySelector<E>(selector);
  if (!el) throw new Error(`${selector} not in the room`);
  return el;
}

/** JSON pointers to every free-text string in a state (what a person types). */
function textPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => textPaths(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => textPaths(item, [...path, key]));
  const key = path[path.length - 1];
  return typeof value === 'string' && (typeof key === 'number' || !ATOMIC_KEYS.has(key)) ? [path] : [];
}

type Node = Record<string | number, unknown>;

function getAt(state: unknown, path: (string | number)[]): string {
  return path.reduce<unknown>((node, key) => (node as Node)[key], state) as string;
}

function setAt<T>(state: T, path: (string | number)[], text: string): T {
  const next = structuredClone(state);
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Node)[key], next) as Node;
  parent[path[path.length - 1]] = text;
  return next;
}

function sameOnBoth(a: AnyCoprodElement, b: AnyCoprodElement, expected: unknown): void {
  expect(a.value, 'on A').to.deep.equal(expected);
  expect(b.value, 'on B').to.deep.equal(expected);
}

before(async () => {
  server = (await executeServerCommand('coprod-room-server')) as ServerInfo;
});

afterEach(() => {
  for (const room of document.querySelectorAll('coprod-room')) room.remove();
});

describe('coprod-room: two clients through a real server', () => {
  for (const tag of allTags) {
    it(`co-edits ${tag}: state crosses, concurrent edits to different fields and to one text field both survive`, async () => {
      const name = uniqueRoom();
      const a = await openRoom(name, `<${tag} id="x"></${tag}>`);
      const b = await openRoom(name, `<${tag} id="x"></${tag}>`);
      await Promise.all([connected(a), connected(b)]);
      const elA = exercise(a, tag);
      const elB = exercise(b, tag);
      const filled = structuredClone(filledByTag[tag]);
      elA.value = filled;
      await until(() => expect(elB.value).to.deep.equal(filled), `${tag} filled state on B`).catch((error) => {
        throw new Error(`${error}\nA: ${JSON.stringify(elA.value)}\nB: ${JSON.stringify(elB.value)}\nY: ${JSON.stringify(b.connection?.doc.getMap('x').toJSON())}`);
      });

      const paths = textPaths(filled);
      expect(paths.length, 'text fields in the fixture').to.be.greaterThan(1);
      const [first, last] = [paths[0], paths[paths.length - 1]];
      // At the same moment: A edits the first text field, B the last one (different fields).
      const recordB = record(elB);
      elA.value = setAt(elA.value, first, `${getAt(filled, first)} A`);
      elB.value = setAt(elB.value, last, `${getAt(filled, last)} B`);
      const bothEdits = setAt(setAt(filled, first, `${getAt(filled, first)} A`), last, `${getAt(filled, last)} B`);
      await until(() => sameOnBoth(elA, elB, bothEdits), `${tag} both edits on both`);
      expect(recordB.changes, 'remote changes are not user edits').to.have.length(0);

      // Two people typing in one field at once: merged character-wise.
      const text = getAt(bothEdits, first);
      elA.value = setAt(elA.value, first, `«${text}`);
      elB.value = setAt(elB.value, first, `${text}»`);
      const merged = setAt(bothEdits, first, `«${text}»`);
      await until(() => sameOnBoth(elA, elB, merged), `${tag} merged text on both`);
    });
  }

  it('keeps people added, removed and edited on two devices at once', async () => {
    const name = uniqueRoom();
    const a = await openRoom(name, '<coprod-support-circle></coprod-support-circle>');
    const b = await openRoom(name, '<coprod-support-circle></coprod-support-circle>');
    await Promise.all([connected(a), connected(b)]);
    const circleA = exercise<AnyCoprodElement>(a, 'coprod-support-circle');
    const circleB = exercise<AnyCoprodElement>(b, 'coprod-support-circle');
    circleA.value = filledCircle;
    await until(() => expect(circleB.value).to.deep.equal(filledCircle), 'circle on B');
    const onA = structuredClone(filledCircle);
    onA.people.push({ id: 'new-a', name: 'Nieuw A', ring: 'consulted', involvement: '', contact: '' });
    onA.people[1].ring = 'involved';
    const onB = structuredClone(filledCircle);
    onB.people.splice(4, 1);
    onB.people.push({ id: 'new-b', name: 'Nieuw B', ring: 'participants', involvement: '', contact: '' });
    circleA.value = onA;
    circleB.value = onB;
    await until(() => {
      const state = circleA.value as SupportCircleState;
      expect(circleB.value).to.deep.equal(state);
      const ids = state.people.map((person) => person.id);
      expect(ids).to.include.members(['new-a', 'new-b']);
      expect(ids).not.to.include(filledCircle.people[4].id);
      expect(state.people[1].ring).to.equal('involved');
    }, 'merged people');
  });

  it('starts an empty room with the first client’s state and never duplicates it when two fresh clients join', async () => {
    const name = uniqueRoom();
    const start = JSON.stringify(filledCircle).replace(/"/g, '&quot;');
    const a = await openRoom(name, `<coprod-support-circle value="${start}"></coprod-support-circle>`);
    const b = await openRoom(name, `<coprod-support-circle value="${start}"></coprod-support-circle>`);
    await Promise.all([connected(a), connected(b)]);
    const circleB = exercise<AnyCoprodElement>(b, 'coprod-support-circle');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((circleB.value as SupportCircleState).people).to.have.length(filledCircle.people.length);
    // A room that has state gives it to a newcomer, whose own starting state does not win.
    const c = await openRoom(name, '<coprod-support-circle></coprod-support-circle>');
    await connected(c);
    await until(() => expect(exercise<AnyCoprodElement>(c, 'coprod-support-circle').value).to.deep.equal(filledCircle), 'room state on C');
  });

  it('binds exercise elements added to the room later', async () => {
    const name = uniqueRoom();
    const a = await openRoom(name, '');
    const b = await openRoom(name, '<coprod-action-plan></coprod-action-plan>');
    await Promise.all([connected(a), connected(b)]);
    const plan = document.createElement('coprod-action-plan');
    const wrapper = document.createElement('section');
    wrapper.append(plan);
    a.append(wrapper);
    await until(() => a.connection?.boundElements.includes(plan), 'new plan bound');
    plan.addAction({ principle: 'networks' });
    await until(() => expect((exercise<AnyCoprodElement>(b, 'coprod-action-plan').value as { actions: unknown[] }).actions).to.have.length(1), 'action on B');
    wrapper.remove();
    await until(() => !a.connection?.boundElements.includes(plan), 'removed plan unbound');
  });

  it('hands a card in on client A to the board on client B (and on a device without a board)', async () => {
    const name = uniqueRoom();
    const a = await openRoom(name, '<coprod-opportunity-card></coprod-opportunity-card>');
    const b = await openRoom(name, '<coprod-opportunity-board id="board"></coprod-opportunity-board>');
    await Promise.all([connected(a), connected(b)]);
    const board = exercise<AnyCoprodElement>(b, 'coprod-opportunity-board');
    await until(() => a.connection?.doc.getMap('board').get('type') === 'coprod-opportunity-board', 'board known on A');
    const card = exercise<CoprodOpportunityCard>(a, 'coprod-opportunity-card');
    expect(a.connection?.boundElements, 'a card without id stays personal').not.to.include(card);
    card.value = { ...filledCard, id: 'c-hand-in' };
    let delivered: boolean | undefined;
    card.addEventListener('coprod-submit', (event) => queueMicrotask(() => (delivered = event.defaultPrevented)));
    expect(card.handIn()).to.equal(true);
    await until(() => expect((board.value as OpportunityBoardState).cards.map((c) => c.id)).to.include('c-hand-in'), 'card on B’s board');
    expect(delivered, 'the room tells the card it delivered it').to.equal(true);
    const onBoard = (board.value as OpportunityBoardState).cards.find((c) => c.id === 'c-hand-in');
    expect(onBoard?.idea).to.equal(filledCard.idea);
    expect(onBoard?.status).to.equal('new');
  });

  it('keeps a card filled in when no board is in the room (the room looks at it without taking it)', async () => {
    const room = await openRoom(uniqueRoom(), '<coprod-opportunity-card></coprod-opportunity-card>');
    await connected(room);
    const card = exercise<CoprodOpportunityCard>(room, 'coprod-opportunity-card');
    card.value = { ...filledCard, id: 'c-no-board' };
    expect(card.handIn()).to.equal(false);
    await card.updateComplete;
    expect(card.value.idea).to.equal(filledCard.idea);
    expect(shadow(card).querySelector('.notices')?.textContent).to.contain('Your card was not handed in');
  });

  it('keeps a card and says it was not handed in when the access code is only for reading', async () => {
    const name = uniqueRoom();
    const keeper = await openRoom(name, '<coprod-opportunity-board id="board"></coprod-opportunity-board>');
    await connected(keeper);
    const token = (await executeServerCommand('coprod-room-token', { room: name, readOnly: true })) as string;
    const member = await openRoom(name, '<coprod-opportunity-card></coprod-opportunity-card>', { token });
    await connected(member);
    await until(() => member.connection?.doc.getMap('board').get('type') === 'coprod-opportunity-board', 'board known to the member');
    const card = exercise<CoprodOpportunityCard>(member, 'coprod-opportunity-card');
    card.value = { ...filledCard, id: 'c-read-only' };
    expect(card.handIn(), 'not taken').to.equal(false);
    await card.updateComplete;
    expect(card.value.idea).to.equal(filledCard.idea);
    expect(shadow(card).querySelector('.notices')?.textContent).to.contain('Your card was not handed in');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((exercise<AnyCoprodElement>(keeper, 'coprod-opportunity-board').value as OpportunityBoardState).cards).to.have.length(0);
  });

  it('works offline: edits are kept and sent when the connection returns, both ways', async () => {
    const name = uniqueRoom();
    const a = await openRoom(name, '<coprod-support-circle></coprod-support-circle>', { offlineCopy: true });
    const b = await openRoom(name, '<coprod-support-circle></coprod-support-circle>');
    await Promise.all([connected(a), connected(b)]);
    const circleA = exercise<AnyCoprodElement>(a, 'coprod-support-circle');
    const circleB = exercise<AnyCoprodElement>(b, 'coprod-support-circle');
    circleA.value = filledCircle;
    await until(() => expect(circleB.value).to.deep.equal(filledCircle), 'circle on B');
    a.connection!.goOffline();
    await until(() => a.status === 'offline', 'A offline');
    await a.updateComplete;
    expect(shadow(a).querySelector('[role=status]')?.textContent).to.match(/Offline.*kept in this browser.*sent/);
    const offlineEdit = setAt(filledCircle, ['people', 0, 'name'], 'Offline bewerkt');
    circleA.value = offlineEdit;
    circleB.value = setAt(filledCircle, ['people', 1, 'contact'], 'Online bewerkt');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((circleB.value as SupportCircleState).people[0].name, 'nothing crosses while offline').to.equal(filledCircle.people[0].name);
    await a.connection!.reconnect();
    const both = setAt(offlineEdit, ['people', 1, 'contact'], 'Online bewerkt');
    await until(() => sameOnBoth(circleA, circleB, both), 'edits crossed after reconnect');
    expect(a.status).to.equal('connected');
  });

  it('keeps what one person types in an action while another moves it, and each action once when both move it', async () => {
    const name = uniqueRoom();
    const a = await openRoom(name, '<coprod-action-plan></coprod-action-plan>');
    const b = await openRoom(name, '<coprod-action-plan></coprod-action-plan>');
    await Promise.all([connected(a), connected(b)]);
    const planA = exercise<AnyCoprodElement>(a, 'coprod-action-plan');
    const planB = exercise<AnyCoprodElement>(b, 'coprod-action-plan');
    planA.value = filledPlan;
    await until(() => expect(planB.value).to.deep.equal(filledPlan), 'plan on B');
    const [first, second, third, fourth, fifth] = filledPlan.actions;
    const moveUp = (plan: AnyCoprodElement, id: string) => shadow(plan).querySelector<HTMLButtonElement>(`#up-${fieldId(id)}`)!.click();
    // B is on a train: it types in the second action while A moves that action up.
    b.connection!.goOffline();
    await until(() => b.status === 'offline', 'B offline');
    moveUp(planA, second.id);
    typeInto(shadow(planB).querySelector<HTMLTextAreaElement>(`#${fieldId(`${second.id}-what`)}`)!, `${second.what} Op het spreekuur.`);
    await b.connection!.reconnect();
    await until(() => sameOnBoth(planA, planB, planA.value), 'plans equal again');
    const actions = (planA.value as ActionPlanState).actions;
    expect(actions.map((action) => action.id)).to.deep.equal([second, first, third, fourth, fifth].map((action) => action.id));
    expect(actions[0].what).to.equal(`${second.what} Op het spreekuur.`);
    // Both move the same action while apart: it is there once, on both.
    b.connection!.goOffline();
    await until(() => b.status === 'offline', 'B offline again');
    moveUp(planA, fifth.id);
    moveUp(planB, fifth.id);
    await b.connection!.reconnect();
    await until(() => sameOnBoth(planA, planB, planA.value), 'plans equal after both moved');
    expect((planB.value as ActionPlanState).actions.map((action) => action.id)).to.deep.equal([second, first, fifth, fourth, third].map((action) => action.id));
  });

  it('restores the room from this browser on reload before the server answers, and sends offline edits later', async () => {
    const name = uniqueRoom();
    const first = await openRoom(name, '<coprod-support-circle></coprod-support-circle>', { offlineCopy: true });
    await connected(first);
    exercise<AnyCoprodElement>(first, 'coprod-support-circle').value = filledCircle;
    await new Promise((resolve) => setTimeout(resolve, 200)); // let IndexedDB write
    first.remove();
    await executeServerCommand('coprod-room-server-stop');
    try {
      // "Reload": a new client for the same room, while no server answers.
      const again = await openRoom(name, '<coprod-support-circle></coprod-support-circle>', { offlineCopy: true });
      const circle = exercise<AnyCoprodElement>(again, 'coprod-support-circle');
      await until(() => expect(circle.value).to.deep.equal(filledCircle), 'restored from IndexedDB');
      await until(() => again.status === 'failed', 'could not connect');
      await again.updateComplete;
      expect(again.connection?.reason).to.equal('unreachable');
      expect(shadow(again).querySelector('[role=status]')?.textContent).to.match(/Could not reach the room server/);
      circle.value = setAt(filledCircle, ['people', 2, 'name'], 'Zonder server bewerkt');
    } finally {
      server = (await executeServerCommand('coprod-room-server-restart')) as ServerInfo;
    }
    const again = document.querySelector('coprod-room')!;
    await until(() => again.status === 'connected', 'reconnected after the server came back', 15000);
    const other = await openRoom(name, '<coprod-support-circle></coprod-support-circle>');
    await connected(other);
    await until(
      () => expect((exercise<AnyCoprodElement>(other, 'coprod-support-circle').value as SupportCircleState).people[2].name).to.equal('Zonder server bewerkt'),
      'offline edit reached the server',
    );
  });

  it('takes back only its own room’s updates left at unload, not those of a room whose name starts the same', () => {
    const store = offlineStoreName(server.url, 'team');
    const ownKey = `coprod-room-unsaved:${store}:ab12cd34`;
    const otherRoomKey = `coprod-room-unsaved:${offlineStoreName(server.url, 'team:b')}:ab12cd34`;
    localStorage.setItem(ownKey, 'AA==');
    localStorage.setItem(otherRoomKey, 'AA==');
    try {
      expect(unsavedUpdateKeys(store)).to.deep.equal([ownKey]);
    } finally {
      localStorage.removeItem(ownKey);
      localStorage.removeItem(otherRoomKey);
    }
  });

  it('keeps every character typed right before a reload while the server is down', async () => {
    const name = uniqueRoom();
    const small: SupportCircleState = { ...filledCircle, people: filledCircle.people.slice(0, 2) };
    const tab = window.open('/test/pages/second-tab.html?room', '_blank')!;
    /** The room in the tab (after each reload), its circle once restored from this browser. */
    const openInTab = async () => {
      await until(() => (tab as Window & { coprodReady?: boolean }).coprodReady === true, 'the tab is ready');
      const room = tab.document.createElement('coprod-room') as CoprodRoom;
      Object.assign(room, { server: server.url, room: name, token: server.token, noOfflineCopy: false });
      room.append(tab.document.createElement('coprod-support-circle'));
      tab.document.body.append(room);
      await room.updateComplete;
      await room.connection!.restored;
      return { room, circle: room.querySelector('coprod-support-circle') as AnyCoprodElement };
    };
    const reload = async () => {
      (tab as Window & { coprodReady?: boolean }).coprodReady = false;
      tab.location.reload();
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    try {
      let { room, circle } = await openInTab();
      await until(() => room.status === 'connected', 'the tab joined');
      circle.value = small;
      await new Promise((resolve) => setTimeout(resolve, 300)); // the offline copy holds it
      await executeServerCommand('coprod-room-server-stop');
      try {
        const typed = ' typed, then the page reloaded at once';
        for (let round = 0; round < 3; round++) {
          const field = fieldByLabel<HTMLTextAreaElement>(circle, 'How are they involved?');
          let text = field.value;
          for (const character of typed) {
            text += character;
            typeInto(field, text);
          }
          const expected = (circle.value as SupportCircleState).people[0].involvement;
          expect(expected.endsWith(typed)).to.equal(true);
          await reload();
          ({ room, circle } = await openInTab());
          await until(() => (circle.value as SupportCircleState).people.length === 2, 'the circle restored');
          expect((circle.value as SupportCircleState).people[0].involvement, `after reload ${round + 1}`).to.equal(expected);
        }
      } finally {
        server = (await executeServerCommand('coprod-room-server-restart')) as ServerInfo;
      }
      await until(() => room.status === 'connected', 'the tab reconnected', 15000);
      const expected = circle.value;
      const other = await openRoom(name, '<coprod-support-circle></coprod-support-circle>');
      await connected(other);
      await until(() => expect(exercise<AnyCoprodElement>(other, 'coprod-support-circle').value).to.deep.equal(expected), 'all of it reached the room');
      await until(() => unsavedUpdateKeys(offlineStoreName(server.url, name)).length === 0, 'nothing left in localStorage once the offline copy holds it');
    } finally {
      tab.close();
    }
  });

  it('keeps the room when the server restarts', async () => {
    const name = uniqueRoom();
    const a = await openRoom(name, '<coprod-ladder></coprod-ladder>');
    const b = await openRoom(name, '<coprod-ladder></coprod-ladder>');
    await Promise.all([connected(a), connected(b)]);
    const filled = filledByTag['coprod-ladder'];
    exercise<AnyCoprodElement>(a, 'coprod-ladder').value = filled;
    await until(() => expect(exercise<AnyCoprodElement>(b, 'coprod-ladder').value).to.deep.equal(filled), 'ladder on B');
    a.remove();
    b.remove();
    server = (await executeServerCommand('coprod-room-server-restart')) as ServerInfo;
    const c = await openRoom(name, '<coprod-ladder></coprod-ladder>');
    await connected(c);
    await until(() => expect(exercise<AnyCoprodElement>(c, 'coprod-ladder').value).to.deep.equal(filled), 'ladder after restart');
  });

  it('says so when the token is wrong, and shares nothing', async () => {
    const name = uniqueRoom();
    const statuses: string[] = [];
    const a = document.createElement('coprod-room');
    a.addEventListener('coprod-room-status', (event) => statuses.push(`${event.detail.status}/${event.detail.reason}`));
    Object.assign(a, { server: server.url, room: name, token: 'wrong-token', noOfflineCopy: true });
    a.innerHTML = '<coprod-support-circle></coprod-support-circle>';
    document.body.append(a);
    await until(() => a.status === 'failed', 'refused');
    await a.updateComplete;
    expect(statuses).to.include('failed/token');
    const status = shadow(a).querySelector('[role=status]');
    expect(status?.textContent).to.match(/did not accept the access code/);
    exercise<AnyCoprodElement>(a, 'coprod-support-circle').value = filledCircle;
    const b = await openRoom(name, '<coprod-support-circle></coprod-support-circle>');
    await connected(b);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((exercise<AnyCoprodElement>(b, 'coprod-support-circle').value as SupportCircleState).people).to.have.length(0);
  });

  it('asks before Start again whether to clear the exercise for everyone in the room, and clears it for everyone', async () => {
    const name = uniqueRoom();
    // Two devices: each has its own person id (kept in localStorage).
    localStorage.setItem('coprod-room-person', 'deviceaa');
    const a = await openRoom(name, '<coprod-ladder></coprod-ladder><coprod-readiness-radar data-room="readings"></coprod-readiness-radar>');
    localStorage.setItem('coprod-room-person', 'devicebb');
    const b = await openRoom(name, '<coprod-ladder></coprod-ladder><coprod-readiness-radar data-room="readings"></coprod-readiness-radar>');
    localStorage.removeItem('coprod-room-person');
    await Promise.all([connected(a), connected(b)]);
    const ladderA = exercise<AnyCoprodElement>(a, 'coprod-ladder');
    const ladderB = exercise<AnyCoprodElement>(b, 'coprod-ladder');
    ladderA.value = filledByTag['coprod-ladder'];
    await until(() => expect(ladderB.value).to.deep.equal(filledByTag['coprod-ladder']), 'ladder on B');
    const question = async (el: AnyCoprodElement) => {
      shadow(el).querySelector<HTMLButtonElement>('button.start-again')!.click();
      await el.updateComplete;
      return shadow(el).querySelector('#start-again-question')!.textContent!.trim();
    };
    expect(await question(ladderA)).to.equal('Clear everything in this exercise? It is cleared for everyone in this shared room.');
    // In a radar where each person answers for themselves, Start again clears one's own answers
    // (in the room too) and the others' readings stay in view.
    const radarA = exercise<AnyCoprodElement>(a, 'coprod-readiness-radar');
    const radarB = exercise<AnyCoprodElement>(b, 'coprod-readiness-radar');
    radarA.value = { ...(radarA.value as ReadinessState), answers: filledReadiness.answers };
    radarB.value = { ...(radarB.value as ReadinessState), answers: filledReadiness.answers };
    await until(() => expect((radarA.value as ReadinessState).readings).to.have.length(1), 'B’s reading on A');
    expect(await question(radarA)).to.equal('Clear your answers? They are also cleared in the shared room.');
    shadow(radarA).querySelector<HTMLButtonElement>('[data-start-again="yes"]')!.click();
    await until(() => expect(Object.keys((radarB.value as ReadinessState).readings![0].answers)).to.have.length(0), 'A’s answers cleared in the room');
    await radarA.updateComplete;
    expect((radarA.value as ReadinessState).readings, 'B’s reading still shown on A').to.have.length(1);
    expect(Object.keys((radarA.value as ReadinessState).answers)).to.have.length(0);
    shadow(ladderA).querySelector<HTMLButtonElement>('[data-start-again="yes"]')!.click();
    await until(() => expect((ladderB.value as { examples: unknown[] }).examples).to.have.length(0), 'cleared on B too');
    // Out of the room, the ladder is this browser's own again.
    document.body.append(ladderA);
    try {
      await until(() => !ladderA.hasAttribute('data-shared-in-room'), 'no longer shared');
      shadow(ladderA).querySelector<HTMLButtonElement>('[data-start-again="no"]')?.click();
      await ladderA.updateComplete;
      expect(await question(ladderA)).to.equal('Clear everything in this exercise? It is also removed from this browser.');
    } finally {
      ladderA.remove();
    }
  });

  it('is read-only with a read-only access code also before the server answers, and offline', async () => {
    const name = uniqueRoom();
    const token = (await executeServerCommand('coprod-room-token', { room: name, readOnly: true })) as string;
    // No server answers at this address.
    const unreachable = document.createElement('coprod-room');
    Object.assign(unreachable, { server: 'ws://127.0.0.1:9', room: name, token, noOfflineCopy: false });
    unreachable.innerHTML = '<coprod-support-circle></coprod-support-circle>';
    document.body.append(unreachable);
    await unreachable.updateComplete;
    const circle = exercise<AnyCoprodElement>(unreachable, 'coprod-support-circle');
    expect(circle.hasAttribute('readonly'), 'read-only at once').to.equal(true);
    await until(() => unreachable.status === 'failed', 'could not connect');
    await unreachable.updateComplete;
    expect(shadow(unreachable).querySelector('[role=status]')?.textContent?.trim()).to.equal('Could not reach the room server. Trying again.');
    unreachable.remove();
    const reader = await openRoom(name, '<coprod-support-circle></coprod-support-circle>', { token });
    await connected(reader);
    reader.connection!.goOffline();
    await until(() => reader.status === 'offline', 'offline');
    await reader.updateComplete;
    expect(shadow(reader).querySelector('[role=status]')?.textContent?.trim()).to.equal('Offline. You see the shared room as it was when you were last connected.');
    expect(exercise<AnyCoprodElement>(reader, 'coprod-support-circle').hasAttribute('readonly')).to.equal(true);
  });

  /** A room element with a circle, reporting its status changes into `statuses`. */
  function roomWithStatuses(room: string, token: string, statuses: string[]): CoprodRoom {
    const el = document.createElement('coprod-room');
    el.addEventListener('coprod-room-status', (event) => statuses.push(`${event.detail.status}/${event.detail.reason}`));
    Object.assign(el, { server: server.url, room, token, noOfflineCopy: true });
    el.innerHTML = '<coprod-support-circle></coprod-support-circle>';
    document.body.append(el);
    return el;
  }

  it('says so when the server does not accept the room name, or the room was deleted', async () => {
    const statuses: string[] = [];
    const badName = roomWithStatuses('team noord', server.token, statuses);
    await until(() => badName.status === 'failed', 'refused');
    await badName.updateComplete;
    expect(statuses).to.deep.equal(['failed/room-name']);
    expect(shadow(badName).querySelector('[role=status]')?.textContent).to.match(/does not accept the name of this shared room\. Ask the person who made this page/);
    await switchLocale('nl');
    try {
      await badName.updateComplete;
      expect(shadow(badName).querySelector('[role=status]')?.textContent).to.match(/accepteert de naam van deze gedeelde ruimte niet/);
    } finally {
      await switchLocale('en');
    }
    // A room deleted on the server while someone is in it.
    const name = uniqueRoom();
    const inRoom = await openRoom(name, '<coprod-support-circle></coprod-support-circle>');
    await connected(inRoom);
    const circle = exercise<AnyCoprodElement>(inRoom, 'coprod-support-circle');
    circle.value = filledCircle;
    await executeServerCommand('coprod-room-delete', { room: name });
    await until(() => inRoom.status === 'failed', 'told the room is gone', 20000);
    await inRoom.updateComplete;
    expect(inRoom.connection?.reason).to.equal('deleted');
    expect(shadow(inRoom).querySelector('[role=status]')?.textContent).to.match(/has been removed\. Nothing is shared any more/);
    expect(circle.value, 'the person still sees their work').to.deep.equal(filledCircle);
  });

  it('shows the exercises read-only with a read-only token, and says why', async () => {
    const name = uniqueRoom();
    const writer = await openRoom(name, '<coprod-support-circle></coprod-support-circle>');
    await connected(writer);
    exercise<AnyCoprodElement>(writer, 'coprod-support-circle').value = filledCircle;
    const token = (await executeServerCommand('coprod-room-token', { room: name, readOnly: true })) as string;
    const reader = await openRoom(name, '<coprod-support-circle></coprod-support-circle><coprod-ladder readonly></coprod-ladder>', { token });
    await connected(reader);
    const circle = exercise<AnyCoprodElement>(reader, 'coprod-support-circle');
    await until(() => expect(circle.value).to.deep.equal(filledCircle), 'the reader sees the room');
    await reader.updateComplete;
    expect(reader.connection?.readOnly).to.equal(true);
    expect(circle.hasAttribute('readonly'), 'the circle is read-only').to.equal(true);
    expect(shadow(circle).querySelector('input, textarea'), 'no fields to type in').to.equal(null);
    expect(shadow(reader).querySelector('[role=status]')?.textContent).to.match(/Connected\. You can see this shared room, but you cannot change it\. Your access code \(token\) is only for reading\./);
    // Taken out of the room, the circle can be edited again; the ladder was read-only before and stays so.
    const ladder = exercise<AnyCoprodElement>(reader, 'coprod-ladder');
    document.body.append(circle, ladder);
    try {
      await until(() => !circle.hasAttribute('readonly'), 'the circle editable again');
      expect(ladder.hasAttribute('readonly')).to.equal(true);
    } finally {
      circle.remove();
      ladder.remove();
    }
    // A token that may write: nothing read-only.
    const writable = await openRoom(name, '<coprod-support-circle></coprod-support-circle>', { token: (await executeServerCommand('coprod-room-token', { room: name })) as string });
    await connected(writable);
    expect(writable.connection?.readOnly).to.equal(false);
    expect(exercise<AnyCoprodElement>(writable, 'coprod-support-circle').hasAttribute('readonly')).to.equal(false);
  });

  /** A filled circle in a room, and a raw Yjs client in the same room (what a faulty or hostile client can write). */
  async function circleBesideRawClient() {
    const name = uniqueRoom();
    const a = await openRoom(name, '<coprod-support-circle></coprod-support-circle>');
    await connected(a);
    const circle = exercise<AnyCoprodElement>(a, 'coprod-support-circle');
    circle.value = filledCircle;
    const events = record(circle);
    const doc = new Y.Doc();
    const raw = new HocuspocusProvider({ url: server.url, name, document: doc, token: server.token });
    const close = () => {
      raw.destroy();
      doc.destroy();
    };
    return { circle, events, doc, raw, close };
  }

  it('refuses invalid state pushed into the room by a raw Yjs client: coprod-invalid with source sync, the element keeps its state', async () => {
    const { circle, events, doc, raw, close } = await circleBesideRawClient();
    try {
      await until(() => raw.isSynced && doc.getMap('coprod-support-circle').size > 0, 'raw client synced');
      doc.transact(() => {
        const person = (doc.getMap('coprod-support-circle').get('people') as Y.Array<Y.Map<unknown>>).get(0);
        person.set('ring', 'nowhere');
      });
      await until(() => events.invalids.length > 0, 'coprod-invalid');
      expect(events.invalids[0].detail.source).to.equal('sync');
      expect(events.invalids[0].detail.errors[0].path).to.equal('/people/0/ring');
      expect(circle.value).to.deep.equal(filledCircle);
      expect(events.changes).to.have.length(0);
      // Not a crash: the next valid change from the room is taken.
      doc.transact(() => (doc.getMap('coprod-support-circle').get('people') as Y.Array<Y.Map<unknown>>).get(0).set('ring', 'consulted'));
      await until(() => expect((circle.value as SupportCircleState).people[0].ring).to.equal('consulted'), 'valid change after refusal');
    } finally {
      close();
    }
  });

  it('keeps both people when two devices add one at the same time while one is offline (ids never clash)', async () => {
    const name = uniqueRoom();
    const a = await openRoom(name, '<coprod-support-circle></coprod-support-circle>');
    const b = await openRoom(name, '<coprod-support-circle></coprod-support-circle>');
    await Promise.all([connected(a), connected(b)]);
    const [circleA, circleB] = [exercise<AnyCoprodElement>(a, 'coprod-support-circle'), exercise<AnyCoprodElement>(b, 'coprod-support-circle')];
    const eventsA = record(circleA);
    const eventsB = record(circleB);
    b.connection!.provider.disconnect();
    await until(() => b.status === 'offline', 'B offline');
    const add = (circle: AnyCoprodElement, name: string) => {
      circle.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
      return circle.updateComplete.then(() => typeInto(fieldByLabel<HTMLInputElement>(circle, 'Name'), name));
    };
    await add(circleA, 'Carla');
    await add(circleB, 'Daan');
    await b.connection!.provider.connect();
    const names = (circle: AnyCoprodElement) => (circle.value as SupportCircleState).people.map((person) => person.name).sort();
    await until(() => expect([names(circleA), names(circleB)]).to.deep.equal([['Carla', 'Daan'], ['Carla', 'Daan']]), 'both people on both devices');
    expect([...eventsA.invalids, ...eventsB.invalids]).to.have.length(0);
  });

  it('while the room holds something it cannot read, edits here are merged into it, never written over everyone’s work', async () => {
    const { circle, events, doc, raw, close } = await circleBesideRawClient();
    const people = () => doc.getMap('coprod-support-circle').get('people') as Y.Array<Y.Map<unknown>>;
    try {
      await until(() => raw.isSynced && people()?.length === filledCircle.people.length, 'raw client synced');
      // Someone else's work, and something this device cannot read, in one change.
      doc.transact(() => {
        people().get(1).set('involvement', 'Written on the other device.');
        people().get(0).set('ring', 'nowhere');
      });
      await until(() => events.invalids.length > 0, 'coprod-invalid');
      // The person here goes on typing.
      typeInto(fieldByLabel<HTMLTextAreaElement>(circle, 'How are they involved?'), 'Typed here meanwhile.');
      await new Promise((done) => setTimeout(done, 300));
      expect(people().get(1).get('involvement')?.toString(), 'the other device’s work is still in the room').to.equal('Written on the other device.');
      expect(people().get(0).get('involvement')?.toString(), 'the edit made here is in the room').to.equal('Typed here meanwhile.');
      // The room becomes readable again: both edits are there, on both sides.
      doc.transact(() => people().get(0).set('ring', 'consulted'));
      await until(() => expect((circle.value as SupportCircleState).people[0].ring).to.equal('consulted'), 'the room read again');
      const here = circle.value as SupportCircleState;
      expect(here.people[0].involvement).to.equal('Typed here meanwhile.');
      expect(here.people[1].involvement).to.equal('Written on the other device.');
      expect(here.people[0].ring).to.equal('consulted');
    } finally {
      close();
    }
  });

  it('shows who is here by the names people give (never required), with a polite status', async () => {
    const name = uniqueRoom();
    const a = await openRoom(name, '', { name: 'Ans' });
    const b = await openRoom(name, '');
    await Promise.all([connected(a), connected(b)]);
    await until(() => b.people.length === 2 && b.people.some((person) => person.name === 'Ans' && !person.self), 'Ans on B');
    await b.updateComplete;
    const list = shadow(b).querySelector('[part=people]');
    expect(list?.textContent).to.contain('Ans');
    expect(list?.textContent).to.contain('You');
    const status = shadow(b).querySelector('[part=status]');
    expect(status?.getAttribute('role')).to.equal('status');
    expect(status?.textContent).to.match(/Connected/);
    // B gives a name through the optional field; A sees it.
    const field = shadow(b).querySelector<HTMLInputElement>('[part=name-field] input')!;
    field.value = 'Bram';
    field.dispatchEvent(new Event('change'));
    await until(() => a.people.some((person) => person.name === 'Bram'), 'Bram on A');
    await a.updateComplete;
    const colors = new Set(a.people.map((person) => person.color));
    expect(colors.size).to.equal(2);
  });

  it('gives the people present different colours, the same whatever order a device sees them in', () => {
    // 3, 11 and 19 all start from the same colour.
    expect(new Set([personColor(3), personColor(11), personColor(19)]).size).to.equal(1);
    const colors = peopleColors([19, 3, 11, 4]);
    expect(new Set(colors.values()).size).to.equal(4);
    expect(colors.get(3)).to.equal(personColor(3));
    expect([...peopleColors([4, 11, 3, 19])]).to.have.deep.members([...colors]);
  });

  it('shares each person’s radar answers as a reading (data-room="readings")', async () => {
    const name = uniqueRoom();
    // Two devices: each has its own person id (kept in localStorage).
    localStorage.setItem('coprod-room-person', 'deviceaa');
    const a = await openRoom(name, '<coprod-readiness-radar data-room="readings"></coprod-readiness-radar>', { name: 'Ans' });
    localStorage.setItem('coprod-room-person', 'devicebb');
    const b = await openRoom(name, '<coprod-readiness-radar data-room="readings"></coprod-readiness-radar>', { name: 'Bram' });
    localStorage.removeItem('coprod-room-person');
    await Promise.all([connected(a), connected(b)]);
    const radarA = exercise<AnyCoprodElement>(a, 'coprod-readiness-radar');
    const radarB = exercise<AnyCoprodElement>(b, 'coprod-readiness-radar');
    const recA = record(radarA);
    radarA.value = { ...(radarA.value as ReadinessState), answers: { 'assets-1': 4, 'assets-2': 1 } };
    radarB.value = { ...(radarB.value as ReadinessState), answers: { 'assets-1': 0 } };
    await until(() => {
      const onB = radarB.value as ReadinessState;
      expect(onB.answers, 'B keeps its own answers').to.deep.equal({ 'assets-1': 0 });
      expect(onB.readings.map((reading) => [reading.label, reading.answers])).to.deep.equal([['Ans', { 'assets-1': 4, 'assets-2': 1 }]]);
      const onA = radarA.value as ReadinessState;
      expect(onA.answers).to.deep.equal({ 'assets-1': 4, 'assets-2': 1 });
      expect(onA.readings.map((reading) => [reading.label, reading.answers])).to.deep.equal([['Bram', { 'assets-1': 0 }]]);
    }, 'each person’s answers as the other’s reading').catch((error) => {
      throw new Error(`${error}\n${JSON.stringify(a.connection?.doc.getMap('coprod-readiness-radar').toJSON())}\n${JSON.stringify(recA.invalids.map((e) => e.detail))}`);
    });
  });

  it('gives a person their own radar answers back after a reload, and keeps them in the room (data-room="readings")', async () => {
    const name = uniqueRoom();
    const open = async (person: string, who: string) => {
      localStorage.setItem('coprod-room-person', person);
      const room = await openRoom(name, '<coprod-readiness-radar data-room="readings"></coprod-readiness-radar>', { name: who });
      localStorage.removeItem('coprod-room-person');
      await connected(room);
      return { room, radar: exercise<AnyCoprodElement>(room, 'coprod-readiness-radar') };
    };
    const a = await open('devicecc', 'Ans');
    const b = await open('devicedd', 'Bram');
    a.radar.value = { ...(a.radar.value as ReadinessState), answers: { 'assets-1': 3, 'assets-2': 4 } };
    const onB = () => (b.radar.value as ReadinessState).readings.find((reading) => reading.label === 'Ans')?.answers;
    await until(() => expect(onB()).to.deep.equal({ 'assets-1': 3, 'assets-2': 4 }), 'B sees Ans’s answers');
    // The page reloads: the same person, an empty radar.
    a.room.remove();
    const again = await open('devicecc', 'Ans');
    await until(() => expect((again.radar.value as ReadinessState).answers).to.deep.equal({ 'assets-1': 3, 'assets-2': 4 }), 'Ans has her answers back');
    await new Promise((done) => setTimeout(done, 300));
    expect(onB(), 'still in the room').to.deep.equal({ 'assets-1': 3, 'assets-2': 4 });
  });

  it('has no axe violations and speaks Dutch', async () => {
    const name = uniqueRoom();
    const a = await openRoom(name, '<coprod-support-circle></coprod-support-circle>', { name: 'Ans' });
    const b = await openRoom(name, '');
    await Promise.all([connected(a), connected(b)]);
    await until(() => a.people.length === 2, 'two people');
    await a.updateComplete;
    const result = await axe.run(a, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
    expect(result.violations.map((violation) => violation.id)).to.deep.equal([]);
    try {
      await switchLocale('nl');
      await a.updateComplete;
      expect(shadow(a).querySelector('[part=status]')?.textContent).to.match(/Verbonden/);
      expect(shadow(a).querySelector('[part=name-field]')?.textContent).to.match(/Je naam/);
    } finally {
      await switchLocale('en');
    }
  });
});
