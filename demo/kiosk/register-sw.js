// Installs the kiosk's service worker (sw.js, next to this file), which keeps the page and its script on the tablet
// so that it opens with no network. Service workers need https (or http://localhost).
if ('serviceWorker' in navigator)
  navigator.serviceWorker.register('sw.js').catch(error => console.error('Masukan kiosk: no offline start:', error));
