// Practice between sessions: the therapist gives the room a practice with a due
// time; the couple (or family) do it together in a sitting the room guides by
// itself. What they say while practising stays between them: the therapist sees
// how it went in figures, and each person may share their own words.

import { $ } from './dom.js';
import { send } from './live.js';
import { state } from './state.js';

/** Each practice's name and what it asks, in the room's words. */
export const PRACTICES = {
    appointment_dialogue: {
        title: 'An appointment dialogue',
        what: 'One of you asks for a dialogue and the other says when. Then mirror, validate and empathise, in turn.',
    },
    stress_reducing: {
        title: 'A stress-reducing conversation',
        what: 'Each of you talks about a stress from outside your relationship; the other listens, says back what they heard, and takes your side.',
    },
    appreciation: { title: 'The appreciation ritual', what: 'Each of you says one thing you appreciated lately.' },
    attachment_statements: { title: 'Attachment statements', what: 'Each of you in turn: “What I need from you is…”' },
    needs_and_hurts: { title: 'Needs and hurts', what: 'Each of you in turn: one thing you need, and one thing that has hurt.' },
};

/** The room's practice, as of the event `upTo` (the welcome's last): a replay of older events changes nothing. */
let book = { practices: [], underWay: 0, reminders: null, upTo: 0 };

export function practiceTitle(kind) {
    return (PRACTICES[kind] || { title: kind }).title;
}

/** When a practice is due, as the person's clock reads it: "Thu 10 Dec, 20:00". */
export function dueText(due) {
    return new Date(due).toLocaleString(undefined, {
        weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
    });
}

/** A sitting in figures, with each person's name: "12 minutes, 4 turns; Alex 3 messages, Sam 2". */
export function sittingLine(sitting, nameOf) {
    const m = Math.round(sitting.seconds / 60);
    const time = sitting.seconds < 60 ? 'under a minute' : m === 1 ? '1 minute' : `${m} minutes`;
    const turns = sitting.turns === 1 ? '1 turn' : `${sitting.turns} turns`;
    const said = Object.entries(sitting.messages).map(([id, n]) => `${nameOf(id)} ${n}`).join(', ');
    return `${time}, ${turns}${said ? `; messages: ${said}` : ''}`;
}

/** The room's practice after an event of the room; any other event leaves it as it was. */
export function foldPractice(current, event) {
    const next = { ...current, practices: current.practices.map((p) => ({ ...p })) };
    const find = (seq) => next.practices.find((p) => p.practice === seq);
    switch (event.kind) {
        case 'practice_assigned':
            if (find(event.seq)) return current;
            next.practices.push({
                practice: event.seq, practiceKind: event.practiceKind, due: event.due, assignedAt: event.at,
                status: 'open', sittings: [], shared: [], reminded: false,
            });
            return next;
        case 'practice_cancelled':
            if (find(event.practice)) find(event.practice).status = 'cancelled';
            return next;
        case 'practice_started':
            next.underWay = event.practice;
            return next;
        case 'practice_done': {
            next.underWay = 0;
            const p = find(event.practice);
            if (p) {
                p.sittings = [...p.sittings, {
                    startedAt: event.at, seconds: event.seconds, turns: event.turns, messages: event.messages,
                }];
                const spoke = Object.values(event.messages).filter((n) => n > 0).length;
                if (p.status === 'open' && spoke >= 2) p.status = 'done';
            }
            return next;
        }
        case 'practice_shared':
            if (find(event.practice)) find(event.practice).shared.push(event.actor);
            return next;
        case 'practice_reminded':
            if (find(event.practice)) find(event.practice).reminded = true;
            return next;
        case 'practice_reminders_set':
            if (state.you && event.actor === state.you.id) next.reminders = event.text || null;
            return next;
        default:
            return current;
    }
}

function nameOf(id) {
    const member = state.members.get(id);
    return member ? member.name : 'someone who left';
}

function isTherapist() {
    return !!state.you && state.you.role === 'therapist';
}

function item(p) {
    const li = document.createElement('li');
    const head = document.createElement('strong');
    head.textContent = practiceTitle(p.practiceKind);
    const when = document.createElement('span');
    when.className = 'status';
    const status = { open: `by ${dueText(p.due)}`, done: 'done together', cancelled: 'taken back' }[p.status];
    when.textContent = ` · ${status}`;
    li.append(head, when);
    if (!isTherapist() && p.status === 'open') {
        const what = document.createElement('p');
        what.className = 'hint';
        what.textContent = (PRACTICES[p.practiceKind] || { what: '' }).what;
        li.append(what);
    }
    for (const sitting of p.sittings) {
        const line = document.createElement('p');
        line.className = 'status';
        line.textContent = `${new Date(sitting.startedAt).toLocaleDateString()}: ${sittingLine(sitting, nameOf)}.`;
        li.append(line);
    }
    li.append(...actions(p));
    return li;
}

function button(text, command, quiet = false) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    if (quiet) b.className = 'quiet';
    b.addEventListener('click', () => send(command));
    return b;
}

function actions(p) {
    if (isTherapist()) {
        return p.status === 'open' && book.underWay !== p.practice
            ? [button('Take back', { type: 'cancel_practice', practice: p.practice }, true)]
            : [];
    }
    const out = [];
    if (book.underWay === p.practice) {
        out.push(button('We are done', { type: 'end_session' }));
    } else if (p.status !== 'cancelled' && !state.sessionRunning && !book.underWay) {
        out.push(button(p.status === 'done' ? 'Do it again together' : 'Start it together', { type: 'start_practice', practice: p.practice }));
    }
    const me = state.you && state.you.id;
    const spoke = p.sittings.some((s) => (s.messages[me] || 0) > 0);
    if (spoke && !p.shared.includes(me)) {
        out.push(button('Share my words with my therapist', { type: 'share_practice', practice: p.practice }, true));
    }
    return out;
}

function render() {
    const therapist = isTherapist();
    const participant = !!state.you && state.you.role === 'participant';
    const shown = book.practices.filter((p) => therapist || p.status !== 'cancelled');
    $('practice-box').hidden = !participant || shown.length === 0;
    $('practice-console').hidden = !therapist;
    const list = therapist ? $('practice-console-list') : $('practice-list');
    list.replaceChildren(...shown.slice().reverse().map(item));
    if (therapist) {
        $('practice-console-empty').hidden = shown.length > 0;
        $('practice-kind-needs').hidden = state.roomKind !== 'family';
        return;
    }
    $('practice-under-way').hidden = !book.underWay;
    $('practice-reminders-current').textContent = book.reminders
        ? `Reminders go to ${book.reminders}.`
        : 'No reminders by mail.';
    $('practice-reminders-stop').hidden = !book.reminders;
}

/** A welcome: the room's practice as it is now. */
export function showPracticeWelcome(frame) {
    const p = frame.practice || {};
    book = {
        practices: p.practices || [], underWay: p.underWay || 0, reminders: p.reminders || null, upTo: frame.lastSeq || 0,
    };
    render();
}

/** An event: practice given, done, shared or taken back; a session's start or end changes what can be done. */
export function followPractice(event) {
    // The welcome already holds what happened up to its last event; a replay of those changes nothing.
    const next = event.seq > book.upTo ? foldPractice(book, event) : book;
    if (next !== book || event.kind.startsWith('session_') || event.kind.startsWith('member_')) {
        book = next;
        render();
    }
}

/** The default due time: a week from now, at eight in the evening, as a datetime-local value. */
export function defaultDue(now = new Date()) {
    const d = new Date(now.getTime() + 7 * 24 * 3600 * 1000);
    d.setHours(20, 0, 0, 0);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function initPractice() {
    $('practice-due').value = defaultDue();
    $('practice-assign-form').addEventListener('submit', (e) => {
        e.preventDefault();
        const due = new Date($('practice-due').value);
        if (Number.isNaN(due.getTime())) {
            $('practice-console-status').textContent = 'Choose when it is due.';
            return;
        }
        send({ type: 'assign_practice', kind: $('practice-kind').value, due: due.toISOString() });
        $('practice-console-status').textContent = '';
    });
    $('practice-reminders-form').addEventListener('submit', (e) => {
        e.preventDefault();
        send({ type: 'practice_reminders', email: $('practice-email').value.trim() });
        $('practice-email').value = '';
    });
    $('practice-reminders-stop').addEventListener('click', () => send({ type: 'practice_reminders', email: null }));
}
