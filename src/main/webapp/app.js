// Attune's browser client: sign in, rooms, and one room's live conversation.
// Every string from the server is shown with textContent, never as HTML.
// The modules in js/ hold the parts; this one starts the page.

import { $, show } from './js/dom.js';
import { api } from './js/api.js';
import { initCoaching } from './js/coaching.js';
import { initComposer } from './js/composer.js';
import { initCrisis } from './js/crisis.js';
import { initHome, offerInvitation, showHome } from './js/home.js';
import { startLanguage, t } from './js/i18n.js';
import { initYourData } from './js/your-data.js';
import { initPause } from './js/pause.js';
import { initQuickExit } from './js/quick-exit.js';
import { initRoom, openRoom } from './js/room.js';
import { initSafeToTalk } from './js/safe-to-talk.js';
import { state } from './js/state.js';
import { initConsole, loadExercises } from './js/therapist-console.js';
import { initTurnPanel } from './js/turn-panel.js';

async function start() {
    try {
        state.me = await api('GET', '/api/me');
    } catch (e) {
        const code = new URLSearchParams(location.search).get('join');
        if (code) {
            // Signing in leaves this page; the invitation waits here until the person is back.
            sessionStorage.setItem('attune.join', code);
        }
        show('signed-out');
        return;
    }
    const me = state.me;
    $('who-name').textContent = t('who-name', { name: me.name });
    $('who').hidden = false;
    $('open-form').hidden = !me.roles.includes('therapist');
    $('erase').hidden = me.roles.includes('therapist');
    if (me.roles.includes('therapist')) {
        loadExercises();
    }
    const params = new URLSearchParams(location.search);
    const joinCode = params.get('join') || sessionStorage.getItem('attune.join');
    sessionStorage.removeItem('attune.join');
    if (joinCode) {
        await offerInvitation(joinCode);
        return;
    }
    const roomId = params.get('room');
    if (roomId) {
        await openRoom(roomId);
    } else {
        await showHome();
    }
}

startLanguage();
initQuickExit();
initHome();
initYourData();
initRoom();
initComposer();
initTurnPanel();
initConsole();
initPause();
initCoaching();
initCrisis();
initSafeToTalk();
window.addEventListener('popstate', () => start());

// A page Back restores from the browser's memory shows what it showed when it was
// left (a room list, a room), even after the person signed out or left quickly:
// such a page asks the server again instead.
window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
        location.reload();
    }
});

start();
