// The survey the React and Vue recipes show, written with defineSurvey() for autocompletion and type errors.
import { defineSurvey } from 'masukan/survey';

export const definition = defineSurvey({
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
