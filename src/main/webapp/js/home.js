// The home screen: the person's rooms, joining with an invitation, and (for
// therapists) opening a new room.

import { $, show } from './dom.js';
import { api } from './api.js';
import { closeSocket } from './live.js';
import { openRoom } from './room.js';
import { leaveRoom } from './state.js';
import { invitationOffer, roomSummary } from './words.js';

export async function showHome() {
    closeSocket();
    leaveRoom();
    show('home');
    const rooms = await api('GET', '/api/rooms');
    const list = $('rooms');
    list.replaceChildren();
    for (const room of rooms) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `?room=${encodeURIComponent(room.id)}`;
        link.textContent = room.name;
        const about = document.createElement('span');
        about.className = 'status';
        about.textContent = ` · ${roomSummary(room)}`;
        link.addEventListener('click', (event) => {
            event.preventDefault();
            history.pushState(null, '', link.href);
            openRoom(room.id);
        });
        item.append(link, about);
        list.append(item);
    }
    $('no-rooms').hidden = rooms.length > 0;
}

let offeredCode = null;

/**
 * An invitation link only asks: it shows who invites, to which room and as
 * what, and the person joins when they say so (or shows why it cannot be
 * used). Opening a link joins nothing, so a link from someone else cannot put
 * a person in a room.
 */
export async function offerInvitation(code) {
    closeSocket();
    leaveRoom();
    try {
        const offer = await api('GET', `/api/invitations/${encodeURIComponent(code.trim())}`);
        offeredCode = code.trim();
        // The invitation stays in the address, so that opening the page again (in another language) offers it again.
        history.replaceState(null, '', `?join=${encodeURIComponent(offeredCode)}`);
        $('join-what').textContent = invitationOffer(offer);
        show('join');
        $('join-heading').focus();
    } catch (e) {
        history.replaceState(null, '', '/');
        await showHome();
        $('home-status').textContent = e.message;
    }
}

/** Accepts an invitation (from the form or a confirmed link) and opens its room, or shows why it could not. */
export async function joinWith(code) {
    try {
        const membership = await api('POST', `/api/invitations/${encodeURIComponent(code.trim())}/accept`);
        history.replaceState(null, '', `?room=${encodeURIComponent(membership.roomId)}`);
        await openRoom(membership.roomId);
    } catch (e) {
        history.replaceState(null, '', '/');
        await showHome();
        $('home-status').textContent = e.message;
    }
}

export function initHome() {
    $('join-form').addEventListener('submit', async (event) => {
        event.preventDefault();
        await joinWith($('join-code').value);
    });
    $('join-accept').addEventListener('click', () => joinWith(offeredCode));
    $('join-decline').addEventListener('click', async () => {
        offeredCode = null;
        history.replaceState(null, '', '/');
        await showHome();
    });
    $('open-form').addEventListener('submit', async (event) => {
        event.preventDefault();
        try {
            const room = await api('POST', '/api/rooms', { name: $('room-name').value, kind: $('room-kind').value, mode: $('room-mode').value });
            history.pushState(null, '', `?room=${encodeURIComponent(room.id)}`);
            await openRoom(room.id);
        } catch (e) {
            $('home-status').textContent = e.message;
        }
    });
    $('back').addEventListener('click', (event) => {
        event.preventDefault();
        history.pushState(null, '', '/');
        showHome();
    });
}
