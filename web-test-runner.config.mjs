import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import {
  forcedColorsPlugin,
  networkPlugin,
  cspMiddleware,
  collectorPlugin,
  collectorMiddleware,
  pagedFixtureMiddleware,
  streamedPageMiddleware,
  mirrorPlugin,
  mirrorMiddleware,
} from './test/helpers/wtr-plugins.mjs';
import { apiResponsesMiddleware, recipesPlugin } from './test/helpers/recipes-plugin.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  plugins: [
    // Legacy decorators (about 1.3 KB gzip smaller than TC39 ones): esbuild needs the tsconfig to see
    // experimentalDecorators, and 'auto-always' so it transforms even for the latest Chrome.
    esbuildPlugin({
      ts: true,
      target: 'auto-always',
      tsconfig: 'tsconfig.json',
      define: { __MASUKAN_VERSION__: JSON.stringify(version) },
    }),
    networkPlugin(),
    forcedColorsPlugin(), // executeServerCommand('forced-colors', { active }) // executeServerCommand('set-offline', { offline })
    recipesPlugin(), // examples/: the React and Vue apps built on request, the server-rendered page
    collectorPlugin(), // executeServerCommand('collector', { bin, script }): the test endpoint /collect/<bin>
    mirrorPlugin(), // executeServerCommand('mirror', { block }): files of /test/mirror/ (dist/) made unreachable
  ],
  middleware: [
    cspMiddleware,
    apiResponsesMiddleware,
    collectorMiddleware,
    pagedFixtureMiddleware,
    streamedPageMiddleware,
    mirrorMiddleware,
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/lib/chromium/chromium', // Debian's binary, not its wrapper script
        headless: true,
        args: [
          // Two names for the tests: intranet.test is this machine under a name that is not localhost, so a page on
          // http://intranet.test:<port> is not a secure context (as on an office intranet); unreachable.invalid
          // never resolves (a wrong endpoint), at once and without asking any DNS server.
          '--host-resolver-rules=MAP intranet.test 127.0.0.1, MAP unreachable.invalid ~NOTFOUND',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
};
