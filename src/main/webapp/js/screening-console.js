// The safety screen before joint work, as the therapist follows it: each
// participant answered or not, whose flag is open (the answers on request),
// resolving a flag with an optional note, and opening the room for conversation.

import { $ } from './dom.js';
import { has, t } from './i18n.js';
import { send } from './live.js';
import { state } from './state.js';

/** How often, in words, from 1 (never) to 5 (frequently). */
function howOften(value) {
    const words = ['', t('screen.often.never'), t('screen.often.rarely'), t('screen.often.sometimes'),
        t('screen.often.fairly-often'), t('screen.often.frequently')];
    return words[value] ?? '';
}

/** An answer to a direct question in words; the code itself if the page does not know it. */
function direct(answer) {
    return has(`safe-to-talk.${answer}`) ? t(`safe-to-talk.${answer}`) : String(answer);
}

/** Whose answers the therapist opened, kept open while the list is drawn again. */
const shown = new Set();

function isTherapist() {
    return !!state.you && state.you.role === 'therapist';
}

function participants() {
    return [...state.members.values()].filter((m) => m.role === 'participant' && m.status !== 'removed');
}

function screenOf(id) {
    return state.screen.members.get(id) || { answered: false, flagOpen: false, flags: [], answers: null };
}

function openFlags() {
    return participants().filter((m) => screenOf(m.id).flagOpen);
}

/**
 * Why a session cannot start yet, for the person looking, or null when it
 * can: the room is not open for conversation yet; in a guided room, a
 * therapist also hears that a flag is open. A participant is never told about
 * anyone's screen.
 */
export function sessionBlocked() {
    const screen = state.screen;
    if (state.sessionRunning || !screen.required) {
        return null;
    }
    if (!screen.cleared) {
        return isTherapist() ? t('screen.blocked.open-first') : t('screen.therapist-opens-first');
    }
    if (state.roomMode === 'guided' && isTherapist() && openFlags().length) {
        return t('screen.blocked.flag-open');
    }
    return null;
}

/** The answers in words: the four HITS items and their total, then the two direct questions. */
function answersList(answers) {
    const list = document.createElement('ul');
    list.className = 'screen-answers';
    const lines = [
        t('screen.answer.hurt', { often: howOften(answers.hurt), value: answers.hurt }),
        t('screen.answer.insult', { often: howOften(answers.insult), value: answers.insult }),
        t('screen.answer.threaten', { often: howOften(answers.threaten), value: answers.threaten }),
        t('screen.answer.scream', { often: howOften(answers.scream), value: answers.scream }),
        answers.total > 10 ? t('screen.answer.total-positive', { total: answers.total }) : t('screen.answer.total', { total: answers.total }),
        t('screen.answer.afraid', { answer: direct(answers.afraid) }),
        t('screen.answer.safe-to-talk', { answer: direct(answers.safeToTalk) }),
    ];
    for (const line of lines) {
        const item = document.createElement('li');
        item.textContent = line;
        list.append(item);
    }
    return list;
}

/** A participant's line: their name, and whether they answered and how their flag stands. */
function statusText(name, s) {
    if (!s.answered) {
        return t('screen.status.not-answered', { name });
    }
    if (s.flagOpen) {
        return t('screen.status.flag-open', { name });
    }
    return s.flags.length ? t('screen.status.flag-resolved', { name }) : t('screen.status.no-flag', { name });
}

function button(text, className, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    if (className) {
        b.className = className;
    }
    b.addEventListener('click', onClick);
    return b;
}

function entry(member) {
    const s = screenOf(member.id);
    const item = document.createElement('li');
    item.dataset.member = member.id;
    item.className = s.flagOpen ? 'flag-open' : '';
    const text = document.createElement('span');
    text.className = 'screen-status';
    text.textContent = statusText(member.name, s);
    item.append(text);
    if (s.answers) {
        const open = shown.has(member.id);
        item.append(' ', button(open ? t('screen.hide-answers') : t('screen.show-answers'), 'quiet', () => {
            if (shown.has(member.id)) {
                shown.delete(member.id);
            } else {
                shown.add(member.id);
            }
            renderScreenConsole();
        }));
        if (open) {
            item.append(answersList(s.answers));
        }
    }
    if (s.flagOpen) {
        const note = document.createElement('input');
        note.maxLength = 2000;
        note.setAttribute('aria-label', t('screen.resolve-note.label', { name: member.name }));
        note.placeholder = t('screen.resolve-note.placeholder');
        const resolve = button(t('screen.resolve', { name: member.name }), '', () => {
            resolve.disabled = true;
            send({ type: 'resolve_flag', member: member.id, ...(note.value.trim() ? { note: note.value.trim() } : {}) });
        });
        item.append(note, resolve);
    }
    return item;
}

/** The console's "Before joint work" card. */
export function renderScreenConsole() {
    const screen = state.screen;
    $('screen-box').hidden = !isTherapist() || !screen.required;
    if ($('screen-box').hidden) {
        return;
    }
    $('screen-room-state').textContent = screen.cleared ? t('screen.room-open') : t('screen.room-not-open');
    const list = $('screen-list');
    list.replaceChildren(...participants().map(entry));
    const waiting = participants().filter((m) => !screenOf(m.id).answered).map((m) => m.name);
    const flagged = openFlags().map((m) => m.name);
    const summary = [];
    if (waiting.length) {
        summary.push(t('screen.summary.not-answered', { names: waiting.join(', ') }));
    }
    if (flagged.length) {
        summary.push(t('screen.summary.open-flags', { names: flagged.join(', ') }));
        summary.push(t('screen.summary.watchful'));
    }
    if (state.roomMode === 'guided') {
        summary.push(t('screen.summary.guided'));
    }
    $('screen-summary').textContent = summary.join(' ');
    $('screen-clear').hidden = screen.cleared;
    $('screen-clear').disabled = false;
}

export function initScreenConsole() {
    $('screen-clear').addEventListener('click', () => {
        $('screen-clear').disabled = true;
        send({ type: 'clear_room' });
    });
}

/** Nothing of another room's screen stays in the console. */
export function forgetScreenConsole() {
    shown.clear();
    $('screen-list').replaceChildren();
}
