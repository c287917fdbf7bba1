// The room's live socket (`/live/rooms/{roomId}`, subprotocol `attune.v1`): it
// resumes after the last event seen, and reconnects when it drops. It says the
// page's language (`lang`), in which the server words what it says to this page.

import { $ } from './dom.js';
import { api } from './api.js';
import { language, t } from './i18n.js';
import { inPageLanguage } from './server-words.js';
import { nextId, nextRetryDelay, resumeCommand, state } from './state.js';

/** Connects to the current room; every frame the server sends goes to `onFrame`. */
export function connect(onFrame) {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    $('connection').textContent = t('live.connecting');
    const ws = new WebSocket(`${scheme}://${location.host}/live/rooms/${encodeURIComponent(state.currentRoom)}?lang=${language()}`, 'attune.v1');
    state.socket = ws;
    ws.addEventListener('open', () => {
        state.retry = 0;
        ws.send(JSON.stringify(resumeCommand()));
    });
    ws.addEventListener('message', (message) => onFrame(inPageLanguage(JSON.parse(message.data))));
    ws.addEventListener('close', (event) => {
        if (state.socket !== ws) {
            return;
        }
        state.socket = null;
        // 4001: the sign-in behind the socket expired; the page's session may well have renewed it.
        if (event.code === 4001) {
            reconnectAfterSignInCheck(onFrame);
            return;
        }
        if (event.code === 1008) {
            $('connection').textContent = event.reason || t('live.disconnected');
            return;
        }
        const delay = nextRetryDelay();
        // 4000: the page fell behind reading; the new socket resumes after the last event shown.
        $('connection').textContent = event.code === 4000 ? t('live.catching-up') : t('live.reconnecting');
        setTimeout(() => { if (state.currentRoom && !state.socket) connect(onFrame); }, delay);
    });
}

// The socket closes when the access token behind it expires; the page's own
// session renews it, so reconnect at once unless the person has to sign in again.
async function reconnectAfterSignInCheck(onFrame) {
    try {
        await api('GET', '/api/me');
        connect(onFrame);
    } catch (e) {
        $('connection').textContent = `${t('live.sign-in-expired')} `;
        const link = document.createElement('a');
        link.href = '/login';
        link.textContent = t('live.sign-in-again');
        $('connection').append(link);
    }
}

export function closeSocket() {
    if (state.socket) {
        const old = state.socket;
        state.socket = null;
        old.close(1000);
    }
}

export function isOpen() {
    return !!state.socket && state.socket.readyState === WebSocket.OPEN;
}

/** Sends a command as it is, id included; the caller has checked that the socket is open. */
export function transmit(command) {
    state.socket.send(JSON.stringify(command));
}

/** Sends a command with a new id, or says that the page is not connected yet. */
export function send(command) {
    if (isOpen()) {
        transmit({ id: nextId(), ...command });
    } else {
        $('room-status').textContent = t('status.not-connected');
    }
}
