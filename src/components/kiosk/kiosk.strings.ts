/**
 * UI strings of <masukan-kiosk> and its staff panel, kept out of the main Translation registry so that the
 * script-tag survey bundle does not carry them. Question texts, errors and Kirim/Sebelumnya come from the registry.
 */
export interface KioskStrings {
  start: string;
  chooseLanguage: string;
  fullscreen: string;
  questionOf: (index: number, total: number) => string;
  stillHere: string;
  resettingIn: (seconds: number) => string;
  continue: string;
  closed: string;
  openHours: (hours: string) => string;
  staffCorner: string;
  pinTitle: string;
  pinLabel: string;
  pinOpen: string;
  cancel: string;
  pinWrong: string;
  pinLocked: (seconds: number) => string;
  pinMissing: string;
  staffTitle: string;
  network: string;
  online: string;
  offline: string;
  endpoint: string;
  noEndpoint: string;
  checking: string;
  reachable: string;
  unreachable: string;
  offlineUnknown: string;
  pending: string;
  failed: string;
  lastDelivery: string;
  lastAttempt: string;
  attemptReason: (status: number, reason: string) => string;
  never: string;
  sendNow: string;
  sending: string;
  exportFile: string;
  failedEntries: string;
  noFailed: string;
  failedReason: (status: number, reason: string) => string;
  retry: string;
  remove: string;
  confirmRemove: string;
  confirmYes: string;
  device: string;
  counter: string;
  service: string;
  save: string;
  saved: string;
  exit: string;
  whatToDo: string;
}

export const kioskStrings: Record<'id' | 'en', KioskStrings> = {
  id: {
    start: 'Mulai',
    chooseLanguage: 'Bahasa',
    fullscreen: 'Layar penuh',
    questionOf: (index, total) => `Pertanyaan ${index} dari ${total}`,
    stillHere: 'Masih di sini?',
    resettingIn: seconds => `Survei akan dimulai ulang dalam ${seconds} detik. Sentuh layar untuk melanjutkan.`,
    continue: 'Lanjutkan',
    closed: 'Survei sedang tidak dibuka.',
    openHours: hours => `Jam layanan: ${hours}`,
    staffCorner: 'Panel petugas',
    pinTitle: 'Panel petugas',
    pinLabel: 'PIN petugas',
    pinOpen: 'Buka',
    cancel: 'Batal',
    pinWrong: 'PIN salah.',
    pinLocked: seconds => `Coba lagi dalam ${seconds} detik.`,
    pinMissing: 'PIN petugas belum diatur untuk tablet ini (atribut staff-pin).',
    staffTitle: 'Panel petugas',
    network: 'Jaringan',
    online: 'Tersambung',
    offline: 'Tidak tersambung: tablet ini sedang offline.',
    endpoint: 'Server penerima',
    noEndpoint: 'Belum diatur (atribut endpoint).',
    checking: 'Memeriksa…',
    reachable: 'Dapat dihubungi.',
    unreachable:
      'Tidak dapat dihubungi: alamat server salah, server mati, atau jaringan kantor memblokirnya. Jawaban tetap tersimpan di tablet.',
    offlineUnknown: 'Belum dapat diperiksa selama tablet offline.',
    pending: 'Menunggu dikirim',
    failed: 'Gagal dikirim',
    lastDelivery: 'Terakhir terkirim',
    lastAttempt: 'Percobaan kirim terakhir',
    attemptReason: (status, reason) =>
      status ? `server menjawab kode ${status}${reason && ` (${reason})`}` : `tidak sampai ke server (${reason})`,
    never: 'Belum pernah',
    sendNow: 'Kirim sekarang',
    sending: 'Mengirim…',
    exportFile: 'Ekspor ke file JSON',
    failedEntries: 'Jawaban yang gagal dikirim',
    noFailed: 'Tidak ada.',
    failedReason: (status, reason) => (status ? `Ditolak server (kode ${status})` : 'Data rusak') + `: ${reason}`,
    retry: 'Coba kirim lagi',
    remove: 'Hapus',
    confirmRemove: 'Hapus jawaban ini untuk selamanya?',
    confirmYes: 'Ya, hapus',
    device: 'Tablet ini',
    counter: 'Loket',
    service: 'Layanan',
    save: 'Simpan',
    saved: 'Tersimpan.',
    exit: 'Keluar',
    whatToDo:
      'Jika angka "menunggu" terus bertambah: periksa jaringan dan server, tekan Kirim sekarang, lalu ekspor ke file dan serahkan ke admin bila perlu.',
  },
  en: {
    start: 'Start',
    chooseLanguage: 'Language',
    fullscreen: 'Full screen',
    questionOf: (index, total) => `Question ${index} of ${total}`,
    stillHere: 'Still there?',
    resettingIn: seconds => `The survey starts over in ${seconds} seconds. Touch the screen to continue.`,
    continue: 'Continue',
    closed: 'The survey is closed right now.',
    openHours: hours => `Service hours: ${hours}`,
    staffCorner: 'Staff panel',
    pinTitle: 'Staff panel',
    pinLabel: 'Staff PIN',
    pinOpen: 'Open',
    cancel: 'Cancel',
    pinWrong: 'Wrong PIN.',
    pinLocked: seconds => `Try again in ${seconds} seconds.`,
    pinMissing: 'No staff PIN is set for this tablet (staff-pin attribute).',
    staffTitle: 'Staff panel',
    network: 'Network',
    online: 'Connected',
    offline: 'Not connected: this tablet is offline.',
    endpoint: 'Receiving server',
    noEndpoint: 'Not set (endpoint attribute).',
    checking: 'Checking…',
    reachable: 'Reachable.',
    unreachable:
      'Cannot be reached: wrong server address, server down, or blocked by the office network. Answers stay saved on the tablet.',
    offlineUnknown: 'Cannot be checked while the tablet is offline.',
    pending: 'Waiting to be sent',
    failed: 'Failed',
    lastDelivery: 'Last delivered',
    lastAttempt: 'Last attempt',
    attemptReason: (status, reason) =>
      status ? `the server answered ${status}${reason && ` (${reason})`}` : `did not reach the server (${reason})`,
    never: 'Never',
    sendNow: 'Send now',
    sending: 'Sending…',
    exportFile: 'Export to a JSON file',
    failedEntries: 'Answers that failed',
    noFailed: 'None.',
    failedReason: (status, reason) => (status ? `Refused by the server (code ${status})` : 'Corrupted') + `: ${reason}`,
    retry: 'Try again',
    remove: 'Delete',
    confirmRemove: 'Delete this answer for good?',
    confirmYes: 'Yes, delete',
    device: 'This tablet',
    counter: 'Counter',
    service: 'Service',
    save: 'Save',
    saved: 'Saved.',
    exit: 'Exit',
    whatToDo:
      'If "waiting" keeps growing: check the network and the server, press Send now, then export to a file and hand it to an admin if needed.',
  },
};

/** The kiosk strings for `lang` (`en-GB` → `en`), Bahasa Indonesia otherwise. */
export const kioskStringsFor = (lang: string): KioskStrings =>
  lang.toLowerCase().split('-')[0] === 'en' ? kioskStrings.en : kioskStrings.id;
