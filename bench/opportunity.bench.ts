import type { CoprodOpportunityBoard } from '../src/opportunity/board.element.js';
import { filledBoard, filledCard, generateBoard } from '../test/fixtures/opportunity.fixtures.js';
import { firstRenderScenario, forceLayout, timeFirstRender, timeUpdate, type BenchSuite } from './harness.js';

const thousand = generateBoard(1000);

/**
 * Changes the status of a card in the middle of the board, as a keyboard user does (the
 * right arrow on the focused card). The card is scrolled into view first, untimed: people
 * change cards they see.
 */
async function statusChange(): Promise<number> {
  const { el } = await timeFirstRender('coprod-opportunity-board', thousand);
  const board = el as CoprodOpportunityBoard;
  const card = board.shadowRoot!.querySelectorAll<HTMLElement>('article.card')[500];
  card.scrollIntoView({ block: 'center' });
  card.focus();
  forceLayout(board);
  const key = new KeyboardEvent('keydown', { key: card.closest('.column')!.getAttribute('data-status') === 'parked' ? 'ArrowLeft' : 'ArrowRight', bubbles: true, composed: true });
  const ms = await timeUpdate(board, () => card.dispatchEvent(key));
  board.remove();
  return ms;
}

export const suite: BenchSuite = {
  name: 'coprod-opportunity',
  scenarios: [
    firstRenderScenario('card: first render, empty', 'coprod-opportunity-card', () => undefined, '≤ 4 ms'),
    firstRenderScenario('card: first render, filled', 'coprod-opportunity-card', () => filledCard, '≤ 4 ms'),
    firstRenderScenario('board: first render, 8 cards in 3 meetings', 'coprod-opportunity-board', () => filledBoard),
    { ...firstRenderScenario('board: first render, 1,000 cards', 'coprod-opportunity-board', () => thousand, '≤ 100 ms'), samples: 10 },
    { name: 'board: change one card’s status (1,000 cards)', sample: statusChange, target: '≤ 16 ms', samples: 10 },
  ],
};
