import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { closingLineReporter } from './scripts/closing-line-reporter.mjs';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { strictPolicy } from './test/csp/policy.mjs';
import { emulateMediaFeaturesPlugin } from './scripts/emulate-media-plugin.mjs';
import { roomServerPlugin } from './scripts/room-server-plugin.mjs';
import { axTreePlugin } from './scripts/ax-tree-plugin.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { printPdfPlugin } from './scripts/print-pdf-plugin.mjs';

const executablePath = process.env.CHROME_PATH || findChromium();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [
    // /offline/dist/bundle/… is dist/bundle/… whose lazy chunks do not load (the connection
    // dropped after the page loaded, or a filter blocks them): test/lazy-parts.test.ts.
    async (context, next) => {
      if (!context.path.startsWith('/offline/dist/bundle/')) return next();
      if (context.path.startsWith('/offline/dist/bundle/chunks/')) {
        context.status = 503;
        return undefined;
      }
      context.url = context.url.slice('/offline'.length);
      return next();
    },
    // Pages under /test/csp/ are served with the strict policy a locked-down intranet uses.
    async (context, next) => {
      await next();
      if (context.path.startsWith('/test/csp/')) context.set('Content-Security-Policy', strictPolicy);
    },
  ],
  // One page at a time: real mouse and keyboard input (sendMouse, sendKeys) needs the page in front.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }), emulateMediaFeaturesPlugin(), roomServerPlugin(), axTreePlugin(), a11ySnapshotPlugin(), printPdfPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromiumArgs },
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'node_modules/**'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcovonly'],
    threshold: { statements: 90, branches: 90, functions: 90, lines: 90 },
  },
  reporters: [defaultReporter(), closingLineReporter()],
};
