import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/opportunity/define-card.js';
import '../src/opportunity/define-board.js';
import type { OpportunityBoardState } from '../src/opportunity/opportunity.types.js';
import { filledBoard, filledCard, generateBoard } from '../test/fixtures/opportunity.fixtures.js';
import { houseStyle } from './themes.js';

interface BoardArgs {
  value?: OpportunityBoardState;
  readonly: boolean;
}

const meta: Meta<BoardArgs> = {
  title: 'Exercises/Opportunity cards',
  component: 'coprod-opportunity-board',
  args: { readonly: false },
  render: (args) =>
    html`<coprod-opportunity-board .value=${args.value ?? { type: 'coprod-opportunity-board', version: 1 }} ?readonly=${args.readonly}></coprod-opportunity-board>`,
};
export default meta;

type Story = StoryObj<BoardArgs>;

export const CardEmpty: Story = {
  name: 'Card, empty',
  render: () => html`<coprod-opportunity-card></coprod-opportunity-card>`,
};

export const CardFilled: Story = {
  name: 'Card, filled in (Dutch)',
  render: () => html`<coprod-opportunity-card .value=${filledCard}></coprod-opportunity-card>`,
};

export const Board: Story = { name: 'Board with a few meetings', args: { value: filledBoard } };

export const BoardEmpty: Story = { name: 'Board, empty' };

/** The host page wires a card to the board in one line. */
export const CardToBoard: Story = {
  name: 'Card hands in to the board',
  render: () => {
    const card = document.createElement('coprod-opportunity-card');
    const board = document.createElement('coprod-opportunity-board');
    board.value = { ...filledBoard, cards: filledBoard.cards.slice(0, 3) };
    card.addEventListener('coprod-submit', (e) => board.addCard(e.detail.value));
    return html`<div style="display: grid; gap: 2rem">${card}${board}</div>`;
  },
};

export const Readonly: Story = { name: 'Board, read-only', args: { value: filledBoard, readonly: true } };

export const CardReadonly: Story = {
  name: 'Card, read-only',
  render: () => html`<coprod-opportunity-card readonly .value=${filledCard}></coprod-opportunity-card>`,
};

export const Themed: Story = {
  name: 'Themed with a house style',
  render: () => html`<div style="display: grid; gap: 2rem">
    <coprod-opportunity-card style=${houseStyle} .value=${filledCard}></coprod-opportunity-card>
    <coprod-opportunity-board style=${houseStyle} .value=${filledBoard}></coprod-opportunity-board>
  </div>`,
};

export const LargeBoard: Story = { name: 'Board with 1,000 cards', args: { value: generateBoard(1000) } };
