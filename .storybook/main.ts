import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  docs: {},
  // The NL Design System story loads a published theme (a devDependency) from here.
  staticDirs: [{ from: '../node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist', to: '/nl-design-system/voorbeeld' }],
};

export default config;
