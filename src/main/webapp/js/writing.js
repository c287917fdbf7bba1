// "Is writing…": a quiet line above the composer while someone else writes to
// the room, and the signs this page gives while its person does. Never while
// they write to the therapist alone, a whisper or a note: what is written
// privately stays invisible, even the fact of writing. Nothing of it is kept.

import { $ } from './dom.js';
import { t } from './i18n.js';
import { isOpen, transmit } from './live.js';
import { nextId, state } from './state.js';

/** At most one sign of writing every this often, while the box holds text. */
export const SIGN_EVERY_MS = 2000;

/** How long a line shows at most after its last sign, as the server's `until` says. */
export const SHOWN_FOR_MS = 6000;

/** Command ids of the signs start with this: their refusals are not the person's concern. */
const SIGN = 'typing-';

/**
 * What to tell the room now: `true` (writing), `false` (stopped) or `null`
 * (nothing). `sign` is the last told, `{ active, at }`; `forRoom` whether the
 * box writes to the whole room now, as its person may.
 */
export function nextSign(sign, text, forRoom, now) {
    if (!forRoom || !text.trim()) {
        return sign.active ? false : null;
    }
    return !sign.active || now - sign.at >= SIGN_EVERY_MS ? true : null;
}

/** How long to show a line: until its `until`, or its full time when this device's clock disagrees. */
export function shownFor(until, now) {
    const left = Date.parse(until) - now;
    return left > 0 && left <= SHOWN_FOR_MS ? left : SHOWN_FOR_MS;
}

/** The line for the names of those writing, e.g. "Alex Chen is writing…"; empty for nobody. */
export function writingLine(names) {
    if (names.length === 0) {
        return '';
    }
    if (names.length === 1) {
        return t('writing.one', { name: names[0] });
    }
    return t('writing.many', { names: names.slice(0, -1).join(', '), last: names[names.length - 1] });
}

/** Whether an error answers one of this page's signs: nothing to show the person. */
export function isSignRefusal(frame) {
    return typeof frame.id === 'string' && frame.id.startsWith(SIGN);
}

/** Who is shown writing: member id to `{ name, timer }`. */
const writers = new Map();

/** The last sign this page gave. */
let sign = { active: false, at: 0 };

function render() {
    const line = writingLine([...writers.values()].map((w) => w.name));
    if ($('writing').textContent !== line) {
        $('writing').textContent = line;
    }
}

function stopShowing(memberId) {
    const writer = writers.get(memberId);
    if (writer) {
        clearTimeout(writer.timer);
        writers.delete(memberId);
        render();
    }
}

/** A `writing` frame: shows the line until its time, or clears it. */
export function showWriting(frame) {
    if (state.you && frame.member === state.you.id) {
        return;
    }
    if (!frame.active) {
        stopShowing(frame.member);
        return;
    }
    clearTimeout(writers.get(frame.member)?.timer);
    const timer = setTimeout(() => stopShowing(frame.member), shownFor(frame.until, Date.now()));
    writers.set(frame.member, { name: frame.name, timer });
    render();
}

/** An event of the room: what its actor did has arrived, their message above all, so their line goes. */
export function writerActed(event) {
    stopShowing(event.actor);
}

/** A new socket or another room: nobody is shown writing, and the next keystroke signs afresh. */
export function forgetWriting() {
    for (const memberId of [...writers.keys()]) {
        stopShowing(memberId);
    }
    sign = { active: false, at: 0 };
}

/** Whether the box writes to the whole room now: a participant, not on the private line, allowed to speak. */
function forRoom() {
    return !!state.you && state.you.role === 'participant' && state.you.status === 'active'
        && !$('private-line').checked && !$('message').disabled;
}

function signal() {
    const now = Date.now();
    const next = nextSign(sign, $('message').value, forRoom(), now);
    if (next === null || !isOpen()) {
        return;
    }
    transmit({ type: 'typing', id: SIGN + nextId(), active: next });
    sign = { active: next, at: now };
}

export function initWriting() {
    $('message').addEventListener('input', signal);
    // After the composer's own handlers: the box is emptied when sent, the private line chosen.
    $('composer').addEventListener('submit', signal);
    $('private-line').addEventListener('change', signal);
}
