// "Your data" on the home screen: everything Attune keeps about the person, to
// download, and erasure on request. Erasure says, room by room, what went at
// once and what the practice must keep as a clinical record, until when.

import { $ } from './dom.js';
import { api } from './api.js';

function day(instant) {
    return new Date(instant).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

/** One line per room: erased now, or kept until a day and why. */
export function erasureLines(receipt) {
    if (receipt.rooms.length === 0) {
        return ['You were in no room. Nothing else was kept about you.'];
    }
    return receipt.rooms.map((room) => (room.erased
        ? `${room.roomName}: erased.`
        : `${room.roomName}: kept until ${day(room.heldUntil)}, then erased. ${room.why}`));
}

export function initYourData() {
    $('erase-confirm').addEventListener('click', async () => {
        const result = $('erase-result');
        $('erase-confirm').disabled = true;
        try {
            const receipt = await api('POST', '/api/me/erasure', { confirm: true });
            const heading = document.createElement('p');
            heading.textContent = 'Your erasure request is recorded, and you have left your rooms.';
            const list = document.createElement('ul');
            for (const line of erasureLines(receipt)) {
                const item = document.createElement('li');
                item.textContent = line;
                list.append(item);
            }
            result.replaceChildren(heading, list);
            $('erase').hidden = true;
            $('rooms').replaceChildren();
            $('no-rooms').hidden = false;
        } catch (e) {
            result.textContent = e.message;
            $('erase-confirm').disabled = false;
        }
    });
}

/** The therapist's view of what the room's record holds: how long it is kept, and whose erasure waits for it. */
export function recordsLines(records) {
    const region = records.region ? `, region ${records.region}` : '';
    const lines = [`Kept until ${day(records.keptUntil)}: ${records.retentionYears} years after the last activity${region}. `
        + (records.clinicalRecord ? 'This room holds a clinical record.' : 'No session has been held here yet.')];
    for (const held of records.held) {
        lines.push(`${held.name} asked on ${day(held.requestedAt)} for their data to be erased. `
            + (held.heldUntil ? `Their part is kept until ${day(held.heldUntil)}. ${held.why}` : held.why));
    }
    return lines;
}

/** Fills the console's record card for the room. */
export async function showRecords(roomId) {
    const box = $('records-held');
    try {
        const records = await api('GET', `/api/rooms/${encodeURIComponent(roomId)}/records`);
        box.replaceChildren(...recordsLines(records).map((line) => {
            const p = document.createElement('p');
            p.textContent = line;
            return p;
        }));
    } catch (e) {
        box.textContent = e.message;
    }
}
