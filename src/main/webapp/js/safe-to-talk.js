// A therapist's private check-in, "Are you safe to talk right now?": the
// question on the one person's screen (in the room, in the lobby and on the
// calm screen), and the therapist's list of check-ins with their answers.
// The person's page never shows their answer back.

import { $ } from './dom.js';
import { isOpen, send, transmit } from './live.js';
import { nextId, state } from './state.js';
import { t } from './i18n.js';
import { SAFE_TO_TALK_ANSWERS, checkLine } from './words.js';

/**
 * What this page follows of the room's check-ins: for the person asked, the
 * one waiting for their answer and the answer they are sending; for a
 * therapist, every check-in by seq.
 */
const checks = {
    room: null,
    /** The seq of the check-in waiting for this person's answer, or null. */
    waiting: null,
    /** The answer this page sent, waiting for its ack: `{id, check}`. */
    sending: null,
    /** Whether this page just sent an answer that was stored: it says so, without the answer. */
    sent: false,
    /** A refusal to show with the question. */
    status: '',
    all: new Map(),
};

/** Nothing of another room's check-ins stays on the page. */
export function forgetChecks() {
    checks.room = state.currentRoom;
    checks.waiting = null;
    checks.sending = null;
    checks.sent = false;
    checks.status = '';
    checks.all.clear();
    renderCheckPrompt();
    renderChecks();
}

/** Follows a `safe_to_talk_asked` or `safe_to_talk_answered` event, for the person asked or a therapist. */
export function followCheck(event) {
    if (event.kind !== 'safe_to_talk_asked' && event.kind !== 'safe_to_talk_answered') {
        return;
    }
    if (checks.room !== state.currentRoom) {
        forgetChecks();
    }
    const mine = state.you && event.target === state.you.id;
    if (event.kind === 'safe_to_talk_asked') {
        checks.all.set(event.seq, { seq: event.seq, at: event.at, targetName: event.targetName });
        if (mine) {
            checks.waiting = event.seq;
            checks.sent = false;
            checks.status = '';
        }
    } else {
        const check = checks.all.get(event.check);
        if (check) {
            check.answer = event.answer;
            check.answeredAt = event.at;
        }
        if (mine && checks.waiting === event.check) {
            // Answered on this page: it says the answer went; answered before (a replay): nothing to show.
            checks.waiting = null;
        }
    }
    renderCheckPrompt();
    renderChecks();
}

/** The server stored (`ack`) or refused (`error`) a command: settles the answer if it was that. */
export function settleCheckAnswer(frame) {
    if (!checks.sending || frame.id !== checks.sending.id) {
        return;
    }
    if (frame.type === 'ack') {
        checks.sent = true;
        checks.waiting = null;
        checks.status = '';
    } else {
        checks.status = frame.code === 'unavailable' ? t('safe-to-talk.not-sent') : frame.message;
        if (frame.code === 'invalid_state' || frame.code === 'not_found') {
            checks.waiting = null;
        }
    }
    checks.sending = null;
    renderCheckPrompt();
}

function answer(value) {
    if (!checks.waiting || checks.sending || !isOpen()) {
        checks.status = isOpen() ? checks.status : t('status.not-connected');
        renderCheckPrompt();
        return;
    }
    checks.sending = { id: nextId(), check: checks.waiting };
    checks.status = '';
    transmit({ type: 'answer_safe_to_talk', id: checks.sending.id, check: checks.sending.check, answer: value });
    renderCheckPrompt();
}

/** The question, in the room and on the calm screen alike; once answered, only that the answer went. */
export function renderCheckPrompt() {
    for (const box of [$('safe-to-talk'), $('overlay-safe-to-talk')]) {
        box.replaceChildren();
        box.hidden = !checks.waiting && !checks.sent;
        if (box.hidden) {
            continue;
        }
        if (checks.sent) {
            const sent = document.createElement('p');
            sent.setAttribute('role', 'status');
            sent.textContent = t('safe-to-talk.sent');
            const close = document.createElement('button');
            close.type = 'button';
            close.className = 'quiet';
            close.textContent = t('safe-to-talk.ok');
            close.addEventListener('click', () => {
                checks.sent = false;
                renderCheckPrompt();
            });
            box.append(sent, close);
            continue;
        }
        const heading = document.createElement('h3');
        heading.textContent = t('safe-to-talk.heading');
        const question = document.createElement('p');
        question.className = 'question';
        question.textContent = t('safe-to-talk.question');
        const answers = document.createElement('div');
        answers.className = 'actions';
        for (const value of SAFE_TO_TALK_ANSWERS) {
            const button = document.createElement('button');
            button.type = 'button';
            button.dataset.answer = value;
            button.textContent = t(`safe-to-talk.${value}`);
            button.disabled = !!checks.sending;
            button.addEventListener('click', () => answer(value));
            answers.append(button);
        }
        const only = document.createElement('p');
        only.className = 'status';
        only.textContent = t('safe-to-talk.private');
        box.append(heading, question, answers, only);
        if (checks.status) {
            const status = document.createElement('p');
            status.className = 'status';
            status.setAttribute('role', 'alert');
            status.textContent = checks.status;
            box.append(status);
        }
    }
}

/** The therapist's check-ins, newest first: waiting ones with how long so far, answers of no or not sure marked. */
export function renderChecks() {
    const list = $('checks');
    list.replaceChildren();
    const now = Date.now();
    for (const check of [...checks.all.values()].reverse()) {
        const item = document.createElement('li');
        item.className = `safe-check ${check.answer ? `answered answer-${check.answer}` : 'waiting'}`;
        if (check.answer && check.answer !== 'yes') {
            item.classList.add('worrying');
        }
        item.textContent = checkLine(check, now);
        list.append(item);
    }
}

/** The participants a therapist may check in with, once each, as they first appear, while they are in the room. */
export function offerCheckIn() {
    const select = $('check-to');
    for (const option of [...select.options]) {
        if (state.members.get(option.value)?.status === 'removed') {
            option.remove();
        }
    }
    for (const member of state.members.values()) {
        const offered = [...select.options].some((option) => option.value === member.id);
        if (member.role === 'participant' && member.status !== 'removed' && !offered) {
            const option = document.createElement('option');
            option.value = member.id;
            option.textContent = member.name;
            select.append(option);
        }
    }
}

export function initSafeToTalk() {
    $('check-ask').addEventListener('click', () => {
        if ($('check-to').value) {
            send({ type: 'ask_safe_to_talk', member: $('check-to').value });
        }
    });
    // How long each check-in has waited, kept current.
    setInterval(() => {
        if ([...checks.all.values()].some((check) => !check.answer)) {
            renderChecks();
        }
    }, 30000);
}
