// Service worker of the kiosk page: keeps the page and its files on the tablet, so that a tablet that was online
// once opens and collects after a reboot with no network at all.
//
// - The files below are cached when the worker installs, and served from the cache first; each one is fetched
//   again in the background while online, so an updated file is used from the next start on.
// - Change VERSION when you change this list: the new worker installs, takes over at once and removes the old cache.
// - Answers are never here: they wait in the page's IndexedDB outbox, which no cache change touches. Only GET
//   requests inside this folder are handled; POSTs to the endpoint and everything outside go straight to the network.
const VERSION = 'masukan-kiosk-1';
const FILES = [
  './',
  './manifest.webmanifest',
  './kiosk.css',
  './register-sw.js',
  './masukan-kiosk.min.js',
  './icon.svg',
  './icon-192.png',
  './icon-512.png',
];
const scope = new URL('./', self.location.href).href;

self.addEventListener('install', event => {
  event.waitUntil(
    caches
      .open(VERSION)
      .then(cache => cache.addAll(FILES.map(file => new Request(file, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', event => {
  event.waitUntil(
    caches
      .keys()
      .then(keys =>
        Promise.all(
          keys.filter(key => key.startsWith('masukan-kiosk-') && key !== VERSION).map(key => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** Fetches a fresh copy and keeps it for the next start; resolves undefined when offline. */
async function refresh(request) {
  try {
    const response = await fetch(request, { cache: 'no-cache' });
    if (response.ok) await (await caches.open(VERSION)).put(request, response.clone());
    return response;
  } catch {
    return undefined;
  }
}

self.addEventListener('fetch', event => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  // The page itself, whatever its query string (?counter=…), is the cached folder index.
  const key = request.mode === 'navigate' ? new Request(scope) : request;
  event.respondWith(
    caches.match(key, { ignoreSearch: request.mode === 'navigate' }).then(cached => {
      const fresh = refresh(key);
      if (cached) {
        event.waitUntil(fresh);
        return cached;
      }
      return fresh.then(response => response ?? Response.error());
    }),
  );
});
