// Attune's service worker keeps the app shell only: the start page, its style,
// its scripts, its words and its icons, so that the page opens quickly and an installed
// app starts. It asks the network first, so a new version is picked up at once;
// the copy in the cache is for when the network is gone.
//
// It never touches anything else: not /api/, not /live/, not /login or
// /logout, nothing with a person's words in it. Those requests go past it to
// the network as if it were not there, and nothing of them is ever stored.

const SHELL_CACHE = 'attune-shell-v1';

const SHELL_FILES = new Set(['/', '/index.html', '/app.css', '/app.js', '/shell.js',
    '/manifest.webmanifest', '/favicon.ico']);

/** Whether a request is for the app shell: a GET on this origin for one of its own static files. */
function isShell(request) {
    if (request.method !== 'GET') {
        return false;
    }
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) {
        return false;
    }
    const path = url.pathname;
    return SHELL_FILES.has(path)
        || /^\/js\/[a-z0-9-]+\.js$/.test(path)
        || /^\/i18n\/[a-z]{2}\.json$/.test(path)
        || /^\/icons\/[a-z0-9-]+\.(png|svg)$/.test(path);
}

/** One key per file, whatever the query: "/?room=…" and "/?join=…" are kept as "/". */
function cacheKey(request) {
    const url = new URL(request.url);
    return url.origin + (url.pathname === '/index.html' ? '/' : url.pathname);
}

async function networkFirst(request) {
    const cache = await caches.open(SHELL_CACHE);
    try {
        const response = await fetch(request);
        if (response.ok && response.type === 'basic' && !response.redirected) {
            await cache.put(cacheKey(request), response.clone());
        }
        return response;
    } catch (offline) {
        const kept = await cache.match(cacheKey(request));
        if (kept) {
            return kept;
        }
        throw offline;
    }
}

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
    event.waitUntil((async () => {
        for (const name of await caches.keys()) {
            if (name !== SHELL_CACHE) {
                await caches.delete(name);
            }
        }
        await self.clients.claim();
    })());
});

self.addEventListener('fetch', (event) => {
    if (isShell(event.request)) {
        event.respondWith(networkFirst(event.request));
    }
});
