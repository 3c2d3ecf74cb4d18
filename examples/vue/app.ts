// Recipe: Vue 3. Tell Vue's template compiler that masukan-* tags are custom elements (in Vite:
// vue({ template: { compilerOptions: { isCustomElement } } })). Vue then sets `definition` and `context` as
// properties (they exist on the element) and `@masukan-submit` listens to that event.
import { createApp, ref } from 'vue';
import type { MasukanSubmitDetail } from 'masukan/survey';
import 'masukan/launcher';
import { definition } from '../definition.js';

const app = createApp({
  setup() {
    const lastId = ref('');
    const onSubmit = (event: CustomEvent<MasukanSubmitDetail>) => (lastId.value = event.detail.response.id);
    const context = { agency: 'DPMPTSP Kota Contoh', channel: 'vue' };
    return { definition, context, lastId, onSubmit };
  },
  template: `
    <main>
      <h1>Layanan Perizinan (Vue)</h1>
      <masukan-survey :definition="definition" :context="context" endpoint="/api/responses" @masukan-submit="onSubmit" />
      <p role="status">{{ lastId ? 'Terkirim: ' + lastId : '' }}</p>
      <masukan-launcher preset="skm" endpoint="/api/responses" label="Nilai layanan" />
    </main>`,
});
app.config.compilerOptions.isCustomElement = tag => tag.startsWith('masukan-');
app.mount('#app');
