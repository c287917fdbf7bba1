// The therapist's console: signals and alerts, the people and the lobby, the
// session and its protocol, the floor, pausing the room, invitations, the record.

import { $ } from './dom.js';
import { api } from './api.js';
import { alertText } from './events.js';
import { has, inLanguage, t } from './i18n.js';
import { isOpen, send, transmit } from './live.js';
import { nextId, state } from './state.js';
import { offerCheckIn } from './safe-to-talk.js';
import { clearSessions, showSessions } from './session-summaries.js';
import { showRecords } from './your-data.js';
import { clockTime, talkSummary, waitedFor } from './words.js';

/** Sets the console up for the room the welcome frame describes. */
export function showConsole(frame) {
    $('requires-admission').checked = frame.room.requiresAdmission;
    $('floor-to').replaceChildren();
    $('whisper-to').replaceChildren();
    renderMembers();
    // The transcript is written in the page's language, whatever the browser's.
    const transcript = `/api/rooms/${encodeURIComponent(state.currentRoom)}/transcript`;
    $('transcript-link').href = inLanguage(`${transcript}?format=html`);
    $('transcript-download').href = inLanguage(`${transcript}?format=text`);
    // The room's record is its therapists' to read: nobody else asks for it (the server would refuse).
    if (frame.you?.role === 'therapist') {
        showRecords(state.currentRoom);
        showSessions(state.currentRoom);
    } else {
        clearSessions();
    }
}

/** Takes out of a choice the people who are no longer in the room (removed, or left for good). */
function withdrawLeavers(select) {
    for (const option of [...select.options]) {
        const member = state.members.get(option.value);
        if (member && member.status === 'removed') {
            option.remove();
        }
    }
}

/**
 * Offers each newcomer in the choices of the floor (participants) and of a
 * private word (anyone but this person), once, as they first appear; and
 * takes out whoever is no longer in the room.
 */
function offerNewcomers() {
    const offered = (select, id) => [...select.options].some((option) => option.value === id);
    const offer = (select, member) => {
        const option = document.createElement('option');
        option.value = member.id;
        option.textContent = member.name;
        select.append(option);
    };
    withdrawLeavers($('floor-to'));
    withdrawLeavers($('whisper-to'));
    for (const member of [...state.members.values()].filter((m) => m.status !== 'removed')) {
        if (member.role === 'participant' && !offered($('floor-to'), member.id)) {
            offer($('floor-to'), member);
        }
        if ((!state.you || member.id !== state.you.id) && !offered($('whisper-to'), member.id)) {
            offer($('whisper-to'), member);
        }
    }
}

/** A member's role in the page's words; the code itself for a role the page does not know. */
function roleName(role) {
    return has(`console.role.${role}`) ? t(`console.role.${role}`) : role;
}

/** The people in the room, with presence and how much they have spoken; the lobby for therapists. */
export function renderMembers() {
    offerNewcomers();
    offerCheckIn();
    const list = $('members-list');
    const lobby = $('lobby-list');
    list.replaceChildren();
    lobby.replaceChildren();
    const therapist = state.you && state.you.role === 'therapist';
    for (const m of state.members.values()) {
        const item = document.createElement('li');
        if (m.status === 'waiting') {
            item.textContent = `${m.name} `;
            if (therapist) {
                const admit = document.createElement('button');
                admit.type = 'button';
                admit.textContent = t('console.let-in', { name: m.name });
                admit.addEventListener('click', () => send({ type: 'admit', member: m.id }));
                item.append(admit);
            }
            lobby.append(item);
            continue;
        }
        if (m.status === 'removed') {
            continue;
        }
        const presence = document.createElement('span');
        presence.className = `presence ${m.online ? 'online' : 'away'}`;
        presence.textContent = m.online ? t('console.online') : t('console.away');
        const role = m.role === 'participant' ? '' : ` (${roleName(m.role)})`;
        item.append(`${m.name}${role} `, presence);
        if (m.role === 'participant') {
            const talk = document.createElement('span');
            talk.className = 'talk';
            talk.textContent = ` · ${talkSummary(m.talk)}`;
            item.append(talk);
        }
        list.append(item);
    }
    $('lobby-heading').hidden = lobby.children.length === 0;
}

/**
 * The room's safety alerts as the console follows them, folded from the
 * events: those waiting for an acknowledgement (once acknowledged, the
 * alerts list says after how long).
 */
const safety = { room: null, open: new Map() };

/** Follows the safety alerts: each waits, listed with an "Acknowledge" button, until a clinician acknowledges it. */
export function followSafetyAlert(event) {
    if (safety.room !== state.currentRoom) {
        safety.room = state.currentRoom;
        safety.open.clear();
    }
    if (event.kind === 'safety_alert') {
        safety.open.set(event.seq, { seq: event.seq, at: event.at, targetName: event.targetName, told: 0 });
    } else if (event.kind === 'alert_escalated' && safety.open.has(event.amount)) {
        safety.open.get(event.amount).told = event.level;
    } else if (event.kind === 'alert_acknowledged') {
        safety.open.delete(event.amount);
    } else {
        return;
    }
    renderOpenAlerts();
}

/** The alerts that wait, oldest first, each with how long it has waited so far. */
export function renderOpenAlerts() {
    const list = $('open-alerts');
    list.replaceChildren();
    for (const alert of safety.open.values()) {
        const item = document.createElement('li');
        item.className = 'alert safety_alert waiting';
        const values = { name: alert.targetName, time: clockTime(alert.at), waited: waitedFor(alert.at), told: alert.told };
        item.textContent = `${alert.told ? t('console.alert-waiting.told', values) : t('console.alert-waiting', values)} `;
        const acknowledge = document.createElement('button');
        acknowledge.type = 'button';
        acknowledge.textContent = t('console.acknowledge');
        acknowledge.addEventListener('click', () => {
            acknowledge.disabled = true;
            send({ type: 'acknowledge_alert', alert: alert.seq });
        });
        item.append(acknowledge);
        list.append(item);
    }
    $('open-alerts-heading').hidden = safety.open.size === 0;
}

/** Signals, escalations and safety alerts, newest first, for the therapist. */
export function showAlert(event) {
    if (state.you && state.you.role === 'therapist') {
        followSafetyAlert(event);
    }
    const text = alertText(state, event);
    if (!text) {
        return;
    }
    const item = document.createElement('li');
    item.className = `alert ${event.kind}`;
    item.textContent = text;
    if (event.kind === 'escalation' && event.action === 'suggest_pause') {
        const pauseNow = document.createElement('button');
        pauseNow.type = 'button';
        pauseNow.textContent = t('room-pause');
        pauseNow.addEventListener('click', () => $('room-pause').click());
        item.append(' ', pauseNow);
    }
    $('alerts').prepend(item);
    $('no-alerts').hidden = true;
}

/** The console's exercise choices come from the server's own list. */
export async function loadExercises() {
    try {
        for (const exercise of (await api('GET', '/api/exercises')).exercises) {
            const option = document.createElement('option');
            option.value = exercise.id;
            option.textContent = exercise.title;
            $('pause-exercise').append(option);
        }
    } catch (e) {
        // The room's usual exercise is still there to choose.
    }
}

export function initConsole() {
    // How long each open alert has waited, kept current.
    setInterval(() => {
        if (safety.open.size) {
            renderOpenAlerts();
        }
    }, 30000);
    $('session-toggle').addEventListener('click', () => {
        if (isOpen()) {
            transmit({ type: state.sessionRunning ? 'end_session' : 'start_session', id: nextId() });
        }
    });
    $('protocol-set').addEventListener('click', () => send({ type: 'set_protocol', protocol: $('protocol-choice').value }));
    $('floor-grant').addEventListener('click', () => send({ type: 'grant_floor', to: $('floor-to').value }));
    $('floor-revoke').addEventListener('click', () => send({ type: 'revoke_floor' }));
    $('room-pause').addEventListener('click', () => send({
        type: 'pause',
        minutes: Number($('pause-minutes').value) || 10,
        ...($('pause-exercise').value ? { exercise: $('pause-exercise').value } : {}),
    }));
    $('room-resume').addEventListener('click', () => send({ type: 'resume' }));
    $('turn-limit-set').addEventListener('click', () => send({ type: 'set_turn_limit', seconds: Number($('turn-limit').value) || 0 }));
    $('requires-admission').addEventListener('change', async () => {
        try {
            await api('PATCH', `/api/rooms/${encodeURIComponent(state.currentRoom)}`, { requiresAdmission: $('requires-admission').checked });
        } catch (e) {
            $('room-status').textContent = e.message;
        }
    });
    $('invite').addEventListener('click', async () => {
        try {
            const invitation = await api('POST', `/api/rooms/${encodeURIComponent(state.currentRoom)}/invitations`, { role: $('invite-role').value });
            const link = `${location.origin}/?join=${encodeURIComponent(invitation.code)}`;
            $('invite-code').textContent = t('console.invite-link', { code: invitation.code, link });
            $('invite-code').dataset.link = link;
            $('invite-copy').hidden = false;
            $('invite-copy').textContent = t('invite-copy');
        } catch (e) {
            $('invite-code').textContent = e.message;
        }
    });
    $('invite-copy').addEventListener('click', async () => {
        try {
            await navigator.clipboard.writeText($('invite-code').dataset.link);
            $('invite-copy').textContent = t('console.copied');
        } catch (e) {
            $('invite-copy').textContent = t('console.copy-by-hand');
        }
    });
}
