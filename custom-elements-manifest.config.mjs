// Generates dist/custom-elements.json from the components' JSDoc (tags, properties, events, parts, CSS properties).
export default {
  globs: ['src/components/**/*.ts', 'src/internal/report-element.ts'], // and the reports' base class
  exclude: ['src/**/*.styles.ts', 'src/components/survey/questions.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false, // package.json's customElements field is written by hand
  plugins: [
    {
      // Module paths as published: src/components/survey/survey.ts → components/survey/survey.js
      name: 'masukan-module-paths',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          mod.path = mod.path.replace(/^src\//, '').replace(/\.ts$/, '.js');
      },
    },
  ],
};
