import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

/** What may never appear in src/: everything that turns data into markup or code. */
const unsafeSyntax = [
  { selector: "ImportSpecifier[imported.name=/^unsafe(HTML|SVG|CSS|Statics)$/]", message: 'User text is always text: no unsafeHTML, unsafeSVG, unsafeCSS or unsafeStatics.' },
  { selector: "ImportDeclaration[source.value=/unsafe-(html|svg)|unsafe-statics/]", message: 'No unsafe-html/svg/statics directives.' },
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'No innerHTML/outerHTML: render with Lit templates.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
  { selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'No createContextualFragment.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: 'No document.write.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
  { selector: "CallExpression[callee.name=/^(setTimeout|setInterval)$/][arguments.0.type='Literal']", message: 'No string timers.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'storybook-static/**', 'coverage/**', '.bench/**', 'test-build/**', 'node_modules/**', 'src/generated/**', 'custom-elements.json', '.scratch/**', '.print/**', '.rooms/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...unsafeSyntax],
      'no-restricted-properties': ['error', { property: 'innerHTML' }, { property: 'outerHTML' }],
      'no-implied-eval': 'error',
      'lit/no-template-bind': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['test/csp/*.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', parent: 'readonly', customElements: 'readonly', Event: 'readonly', setTimeout: 'readonly' } },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.*', 'rollup.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', window: 'readonly', setTimeout: 'readonly' } },
  },
  {
    // The room server, its fixtures, its Node tests and its bench run in Node.
    files: ['server/**/*.mjs', 'scripts/room-*.mjs', 'scripts/node-test-*.mjs', 'bench/**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'URL', 'URLSearchParams', 'Buffer', 'fetch', 'globalThis', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'TextEncoder', 'TextDecoder'].map((name) => [name, 'readonly']),
      ),
    },
  },
);
