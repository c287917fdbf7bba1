// Registers the service worker that keeps the app shell (sw.js). Where the
// browser has none, or refuses it, the page works as before.

if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
        // No offline shell this time; everything else is unchanged.
    });
}
