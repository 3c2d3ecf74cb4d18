import type { Survey } from '../../src/core/schema.js';

/** A survey that uses every question type, over two pages, with a showIf follow-up. */
export function fullSurvey(): Survey {
  return {
    id: 'uji',
    version: '1',
    title: { id: 'Survei uji', en: 'Test survey' },
    description: { id: 'Deskripsi', en: 'Description' },
    pages: [
      {
        title: { id: 'Penilaian', en: 'Rating' },
        questions: [
          {
            id: 'kepuasan',
            type: 'rating',
            label: { id: 'Seberapa puas Anda?', en: 'How satisfied are you?' },
            required: true,
            faces: true,
            options: [
              { value: 1, label: { id: 'Tidak puas', en: 'Unsatisfied' } },
              { value: 2, label: { id: 'Kurang puas', en: 'Less satisfied' } },
              { value: 3, label: { id: 'Puas', en: 'Satisfied' } },
              { value: 4, label: { id: 'Sangat puas', en: 'Very satisfied' } },
            ],
          },
          {
            id: 'masalah',
            type: 'textarea',
            label: { id: 'Apa yang perlu diperbaiki?', en: 'What should be improved?' },
            required: true,
            maxLength: 200,
            showIf: { question: 'kepuasan', lte: 2 },
          },
          {
            id: 'kanal',
            type: 'single',
            label: { id: 'Dari mana Anda tahu?', en: 'How did you hear of us?' },
            options: [
              { value: 'web', label: 'Situs web' },
              { value: 'teman', label: { id: 'Teman', en: 'A friend' } },
            ],
          },
        ],
      },
      {
        title: { id: 'Tentang Anda', en: 'About you' },
        questions: [
          {
            id: 'fasilitas',
            type: 'multi',
            label: { id: 'Fasilitas yang dipakai', en: 'Facilities used' },
            min: 1,
            max: 2,
            options: [
              { value: 'parkir', label: 'Parkir' },
              { value: 'ruang_tunggu', label: 'Ruang tunggu' },
              { value: 'toilet', label: 'Toilet' },
            ],
          },
          {
            id: 'layanan',
            type: 'select',
            label: { id: 'Jenis layanan', en: 'Service' },
            required: true,
            options: [
              { value: 'ktp', label: 'KTP' },
              { value: 'akta', label: 'Akta' },
              { value: 'nib', label: 'NIB' },
            ],
          },
          { id: 'nama_petugas', type: 'text', label: { id: 'Nama petugas', en: 'Officer name' }, maxLength: 40 },
          {
            id: 'usia',
            type: 'number',
            label: { id: 'Usia', en: 'Age' },
            min: 15,
            max: 100,
            integer: true,
            unit: 'tahun',
          },
        ],
      },
    ],
    thankYou: { id: 'Terima kasih!', en: 'Thank you!' },
  };
}
