// "Your data" on the home screen: everything Attune keeps about the person, to
// download, and erasure on request. Erasure says, room by room, what went at
// once and what the practice must keep as a clinical record, until when.

import { $ } from './dom.js';
import { api } from './api.js';
import { inLanguage, locale, t } from './i18n.js';

function day(instant) {
    return new Date(instant).toLocaleDateString(locale(), { year: 'numeric', month: 'long', day: 'numeric' });
}

/** One line per room: erased now, or kept until a day and why. */
export function erasureLines(receipt) {
    if (receipt.rooms.length === 0) {
        return [t('your-data.no-room')];
    }
    return receipt.rooms.map((room) => (room.erased
        ? t('your-data.room-erased', { room: room.roomName })
        : t('your-data.room-kept', { room: room.roomName, day: day(room.heldUntil), why: room.why })));
}

export function initYourData() {
    // The readable export is written in the page's language; the JSON holds codes and the person's own words.
    $('export-html').href = inLanguage('/api/me/export?format=html');
    $('erase-confirm').addEventListener('click', async () => {
        const result = $('erase-result');
        $('erase-confirm').disabled = true;
        try {
            const receipt = await api('POST', '/api/me/erasure', { confirm: true });
            const heading = document.createElement('p');
            heading.textContent = t('your-data.erasure-recorded');
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
    const kept = { day: day(records.keptUntil), count: records.retentionYears, region: records.region };
    const until = records.region ? t('your-data.kept-until.region', kept) : t('your-data.kept-until', kept);
    const lines = [`${until} ${records.clinicalRecord ? t('your-data.clinical-record') : t('summaries.none-yet')}`];
    for (const held of records.held) {
        const asked = t('your-data.held-asked', { name: held.name, day: day(held.requestedAt) });
        lines.push(held.heldUntil
            ? `${asked} ${t('your-data.held-until', { day: day(held.heldUntil) })} ${held.why}`
            : `${asked} ${held.why}`);
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
