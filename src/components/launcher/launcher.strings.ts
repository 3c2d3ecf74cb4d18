/** The launcher's own UI strings (survey texts and the survey's strings live elsewhere). */
export interface LauncherStrings {
  label: string;
  close: string;
  loading: string;
  loadError: (reason: string) => string;
}

const strings = new Map<string, LauncherStrings>([
  [
    'id',
    {
      label: 'Beri masukan',
      close: 'Tutup',
      loading: 'Memuat survei…',
      loadError: reason => `Survei tidak dapat dimuat (${reason}). Coba lagi nanti.`,
    },
  ],
  [
    'en',
    {
      label: 'Give feedback',
      close: 'Close',
      loading: 'Loading survey…',
      loadError: reason => `The survey could not be loaded (${reason}). Please try again later.`,
    },
  ],
]);

/** The strings for `lang` (`en-GB` → `en`), Bahasa Indonesia otherwise. */
export const launcherStrings = (lang: string): LauncherStrings =>
  strings.get(lang.toLowerCase()) ?? strings.get(lang.toLowerCase().split('-')[0]) ?? strings.get('id')!;
