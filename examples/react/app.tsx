// Recipe: React 19. React 19 sets properties on custom elements (objects such as `definition` and `context` go
// through as they are) and attaches `on<event-name>` props as listeners of that exact event name.
import { StrictMode, useState, type DOMAttributes, type Ref } from 'react';
import { createRoot } from 'react-dom/client';
import type { MasukanSurvey, MasukanSubmitDetail } from 'masukan/survey';
import type { MasukanLauncher, MasukanCloseDetail } from 'masukan/launcher';
import 'masukan/launcher';
import { definition } from '../definition.js';

/** JSX props of a custom element: its own properties, the usual HTML attributes, and its events. */
type ElementProps<T, Events> = Partial<Omit<T, keyof HTMLElement>> &
  DOMAttributes<T> & { ref?: Ref<T>; id?: string; lang?: string; class?: string } & Events;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'masukan-survey': ElementProps<
        MasukanSurvey,
        { 'onmasukan-submit'?: (event: CustomEvent<MasukanSubmitDetail>) => void; theme?: string; density?: string }
      >;
      'masukan-launcher': ElementProps<
        MasukanLauncher,
        { 'onmasukan-close'?: (event: CustomEvent<MasukanCloseDetail>) => void }
      >;
    }
  }
}

function App() {
  const [lastId, setLastId] = useState('');
  return (
    <main>
      <h1>Layanan Perizinan (React)</h1>
      <masukan-survey
        definition={definition}
        context={{ agency: 'DPMPTSP Kota Contoh', channel: 'react' }}
        endpoint="/api/responses"
        onmasukan-submit={event => setLastId(event.detail.response.id)}
      />
      <p role="status">{lastId ? `Terkirim: ${lastId}` : ''}</p>
      <masukan-launcher preset="skm" endpoint="/api/responses" label="Nilai layanan" />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
