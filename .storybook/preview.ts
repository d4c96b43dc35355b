import { html } from 'lit';
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { setLocale } from '../src/core/localization.js';
import customElements from '../custom-elements.json';

setCustomElementsManifest(customElements);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the exercises',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'nl', title: 'Nederlands' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      // Like NL Design System: the story root carries lang; the page language follows it.
      const locale = (context.globals.locale as string) ?? 'en';
      document.documentElement.lang = locale;
      void setLocale(locale);
      return html`<div class="story-root" lang=${locale}>${story()}</div>`;
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
