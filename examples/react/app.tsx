// Recipe: React 19. React 19 sets properties on custom elements (objects such as `definition` and `context` go
// through as they are) and attaches `on<event-name>` props as listeners of that exact event name.
import { StrictMode, useState, type DOMAttributes, type Ref } from 'react';
import { createRoot } from 'react-dom/client';
import { defineSurvey, type MasukanSurvey, type MasukanSubmitDetail } from 'masukan/survey';
import type { MasukanLauncher, MasukanCloseDetail } from 'masukan/launcher';
import 'masukan/launcher';

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

const definition = defineSurvey({
  id: 'resep-react',
  version: '1',
  title: { id: 'Bagaimana layanan kami hari ini?', en: 'How was our service today?' },
  pages: [
    {
      questions: [
        {
          id: 'puas',
          type: 'rating',
          faces: true,
          required: true,
          label: { id: 'Seberapa puas Anda?', en: 'How satisfied are you?' },
          options: [
            { value: 1, label: { id: 'Tidak puas', en: 'Unsatisfied' } },
            { value: 2, label: { id: 'Kurang puas', en: 'Less satisfied' } },
            { value: 3, label: { id: 'Puas', en: 'Satisfied' } },
            { value: 4, label: { id: 'Sangat puas', en: 'Very satisfied' } },
          ],
        },
      ],
    },
  ],
});

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
