// Test-runner plugin for the framework recipes in examples/: builds the React and Vue apps with esbuild when a page
// asks for them (nothing is written to disk), renders the server-rendered recipe, and takes their POSTs to
// /api/responses into the test collector (bin `api-responses`, see wtr-plugins.mjs).
import { build } from 'esbuild';

/** examples/<name>/app.js → the bundled examples/<name>/app.ts(x). */
async function bundle(name) {
  const entry = name === 'react' ? 'examples/react/app.tsx' : 'examples/vue/app.ts';
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    jsx: 'automatic',
    // Vue's full build has the template compiler the recipe's string template needs
    alias: name === 'vue' ? { vue: 'vue/dist/vue.esm-bundler.js' } : {},
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export function recipesPlugin() {
  const built = new Map();
  return {
    name: 'recipes',
    async serve(context) {
      const app = /^\/examples\/(react|vue)\/app\.js$/.exec(context.path);
      if (app) {
        if (!built.has(app[1])) built.set(app[1], bundle(app[1]));
        return { body: await built.get(app[1]), type: 'js' };
      }
      if (context.path === '/examples/server-rendered/') {
        const { renderSurveyPage } = await import('../../examples/server-rendered/server.mjs');
        return {
          type: 'html',
          body: renderSurveyPage({
            script: '/dist/masukan.min.js',
            endpoint: '/api/responses',
            context: { agency: 'DPMPTSP "Kota" <Contoh>', channel: 'ssr' },
            definition: {
              id: 'resep-ssr',
              version: '1',
              title: 'Server-rendered </script><img src=x onerror="window.hacked=1">',
              pages: [
                {
                  questions: [
                    {
                      id: 'puas',
                      type: 'rating',
                      required: true,
                      label: 'Seberapa puas Anda? <!-- -->',
                      options: [
                        { value: 1, label: 'Tidak puas' },
                        { value: 2, label: 'Kurang puas' },
                        { value: 3, label: 'Puas' },
                        { value: 4, label: 'Sangat puas' },
                      ],
                    },
                  ],
                },
              ],
            },
          }),
        };
      }
      return undefined;
    },
  };
}

/** The recipes POST to /api/responses, as against `npm start`: here that is the collector bin `api-responses`. */
export async function apiResponsesMiddleware(ctx, next) {
  if (ctx.path === '/api/responses' && ctx.method === 'POST') ctx.path = '/collect/api-responses';
  return next();
}
