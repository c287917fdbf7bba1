// The safety screen before joint work, as the therapist follows it: each
// participant answered or not, whose flag is open (the answers on request),
// resolving a flag with an optional note, and opening the room for conversation.

import { $ } from './dom.js';
import { send } from './live.js';
import { state } from './state.js';

const HOW_OFTEN = ['', 'Never', 'Rarely', 'Sometimes', 'Fairly often', 'Frequently'];
const DIRECT = { yes: 'Yes', no: 'No', not_sure: 'Not sure' };

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
        return isTherapist()
            ? 'Open the room for conversation first (see "Before joint work").'
            : 'Your therapist will open the room for conversation first.';
    }
    if (state.roomMode === 'guided' && isTherapist() && openFlags().length) {
        return 'A safety flag is open: in a guided room no session starts until it is resolved.';
    }
    return null;
}

/** The answers in words: the four HITS items and their total, then the two direct questions. */
function answersList(answers) {
    const list = document.createElement('ul');
    list.className = 'screen-answers';
    const lines = [
        `Physically hurt: ${HOW_OFTEN[answers.hurt]} (${answers.hurt})`,
        `Insult or talk down: ${HOW_OFTEN[answers.insult]} (${answers.insult})`,
        `Threaten with harm: ${HOW_OFTEN[answers.threaten]} (${answers.threaten})`,
        `Scream or curse: ${HOW_OFTEN[answers.scream]} (${answers.scream})`,
        `HITS total: ${answers.total} of 20${answers.total > 10 ? ', above 10: a positive screen' : ''}`,
        `Afraid of anyone in this room: ${DIRECT[answers.afraid]}`,
        `Safe to talk openly here: ${DIRECT[answers.safeToTalk]}`,
    ];
    for (const line of lines) {
        const item = document.createElement('li');
        item.textContent = line;
        list.append(item);
    }
    return list;
}

function statusText(s) {
    if (!s.answered) {
        return 'not answered yet';
    }
    if (s.flagOpen) {
        return 'answered · flag open';
    }
    return s.flags.length ? 'answered · flag resolved' : 'answered · no flag';
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
    text.textContent = `${member.name}: ${statusText(s)}`;
    item.append(text);
    if (s.answers) {
        const open = shown.has(member.id);
        item.append(' ', button(open ? 'Hide answers' : 'Show answers', 'quiet', () => {
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
        note.setAttribute('aria-label', `A note on resolving the flag for ${member.name} (optional, for therapists only)`);
        note.placeholder = 'Note (optional, therapists only)';
        const resolve = button(`Resolve the flag for ${member.name}`, '', () => {
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
    $('screen-room-state').textContent = screen.cleared
        ? 'The room is open for conversation.'
        : 'The room is not open for conversation yet. Each participant answers a few questions on their own; '
            + 'you open the room when you are ready.';
    const list = $('screen-list');
    list.replaceChildren(...participants().map(entry));
    const waiting = participants().filter((m) => !screenOf(m.id).answered).map((m) => m.name);
    const flagged = openFlags().map((m) => m.name);
    const summary = [];
    if (waiting.length) {
        summary.push(`Not answered yet: ${waiting.join(', ')}.`);
    }
    if (flagged.length) {
        summary.push(`Open flags: ${flagged.join(', ')}.`);
    }
    if (state.roomMode === 'guided') {
        summary.push('In a guided room everyone answers first, and no session starts while a flag is open.');
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
