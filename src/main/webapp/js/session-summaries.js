// The console's "Sessions", for the room's therapists only: each sitting seen
// whole as a picture drawn by the server (the heat of each person's messages
// over time, the pauses, each rupture linked to the repair that closed it,
// safety alerts, who spoke for how long) with the same in words, and the time
// to repair from one session to the next. It shows what the detector read,
// so it is never shown to the people in the room.

import { $ } from './dom.js';
import { api } from './api.js';
import { inLanguage, t } from './i18n.js';

let shownFor = null;

function minutes(seconds) {
    if (seconds < 60) {
        return t('summaries.seconds', { seconds });
    }
    return t('waited.minutes', { count: Math.round(seconds / 60) });
}

/** The time to repair, session by session, oldest first, in words. */
export function repairTrend(sessions) {
    const withRuptures = sessions.filter((s) => s.ruptures.length > 0);
    if (withRuptures.length === 0) {
        return t('summaries.no-rupture');
    }
    const parts = withRuptures.map((s) => {
        if (s.medianSecondsToRepair === null || s.medianSecondsToRepair === undefined) {
            return t('summaries.trend.not-repaired', { number: s.number });
        }
        const time = minutes(s.medianSecondsToRepair);
        return s.repaired === s.ruptures.length
            ? t('summaries.trend.repaired', { number: s.number, time })
            : t('summaries.trend.some-repaired', { number: s.number, time, count: s.repaired, ruptures: s.ruptures.length });
    });
    return t('summaries.trend', { sessions: parts.join(' · ') });
}

function roughly(seconds) {
    const m = Math.round(seconds / 60);
    return m < 1 ? t('summaries.under-a-minute') : t('within', { count: m });
}

/**
 * The trend in words for the couple or family, when their therapist chooses to
 * share it: only the time from a rupture to its repair, never what the detector
 * read. Null when no rupture has been repaired yet.
 */
export function trendForRoom(sessions) {
    const repaired = sessions.filter((s) => s.medianSecondsToRepair !== null && s.medianSecondsToRepair !== undefined);
    if (repaired.length === 0) {
        return null;
    }
    const parts = repaired.map((s) => t('summaries.room.session', { number: s.number, time: roughly(s.medianSecondsToRepair) }));
    return t('summaries.room.trend', { sessions: parts.join(t('summaries.room.between')) });
}

/** Puts the trend in the composer as guidance to everyone, for the therapist to read, change and send, or not. */
function offerToRoom() {
    const words = $('repair-trend-share').dataset.words;
    if (!words) {
        return;
    }
    $('send-as').value = 'guide';
    $('send-as').dispatchEvent(new Event('change'));
    $('message').value = words;
    $('message').focus();
}

function figure(session, open) {
    const details = document.createElement('details');
    details.open = open;
    details.className = 'session-summary';
    const title = document.createElement('summary');
    const number = session.number;
    const running = !session.endedAt;
    title.textContent = session.practice
        ? t(running ? 'summaries.title.practice-running' : 'summaries.title.practice', { number })
        : t(running ? 'summaries.title.running' : 'summaries.title', { number });
    // The picture says it all in its description too; opened on its own, it is drawn twice as large.
    // Its words are written in the page's language.
    const chart = inLanguage(session.chart);
    const picture = document.createElement('img');
    picture.src = chart;
    picture.alt = session.summary;
    picture.loading = 'lazy';
    const larger = document.createElement('a');
    larger.href = chart;
    larger.target = '_blank';
    larger.rel = 'noopener';
    larger.append(picture);
    details.append(title, larger);
    return details;
}

/** Fills the console's sessions card for the room: the newest session open, the older ones folded. */
export async function showSessions(roomId) {
    shownFor = roomId;
    const status = $('sessions-status');
    try {
        const sessions = await api('GET', `/api/rooms/${encodeURIComponent(roomId)}/sessions`);
        if (shownFor !== roomId) {
            return;
        }
        $('repair-trend').textContent = sessions.length === 0 ? t('summaries.none-yet') : repairTrend(sessions);
        const forRoom = trendForRoom(sessions);
        $('repair-trend-share').hidden = !forRoom;
        $('repair-trend-share').dataset.words = forRoom || '';
        $('session-summaries').replaceChildren(...sessions.slice().reverse().map((s, i) => figure(s, i === 0)));
        status.textContent = '';
    } catch (e) {
        status.textContent = e.message;
    }
}

/** Forgets the room shown: the console is not a therapist's here. */
export function clearSessions() {
    shownFor = null;
    $('session-summaries').replaceChildren();
    $('repair-trend').textContent = '';
    $('repair-trend-share').hidden = true;
}

export function initSessions() {
    $('repair-trend-share').addEventListener('click', offerToRoom);
}

/** When a session ends, its summary is drawn again, whole. */
export function followSessions(event) {
    if (shownFor && event.kind === 'session_ended') {
        showSessions(shownFor);
    }
}
