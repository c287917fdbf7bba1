// Practice between sessions: the therapist gives the room a practice with a due
// time; the couple (or family) do it together in a sitting the room guides by
// itself. What they say while practising stays between them: the therapist sees
// how it went in figures, and each person may share their own words.

import { $ } from './dom.js';
import { locale, t } from './i18n.js';
import { send } from './live.js';
import { state } from './state.js';

/** The key of each practice's name: the console's own option where its words are the same. */
const TITLE_KEYS = {
    appointment_dialogue: 'practice.title.appointment_dialogue',
    stress_reducing: 'practice-kind.stress_reducing',
    appreciation: 'practice-kind.appreciation',
    attachment_statements: 'practice-kind.attachment_statements',
    needs_and_hurts: 'practice.title.needs_and_hurts',
};

/** Each practice's name and what it asks, in the room's words and the page's language. */
export const PRACTICES = Object.fromEntries(Object.entries(TITLE_KEYS).map(([kind, titleKey]) => [kind, {
    get title() { return t(titleKey); },
    get what() { return t(`practice.what.${kind}`); },
}]));

/** The room's practice, as of the event `upTo` (the welcome's last): a replay of older events changes nothing. */
let book = { practices: [], underWay: 0, reminders: null, upTo: 0 };

export function practiceTitle(kind) {
    return (PRACTICES[kind] || { title: kind }).title;
}

/** When a practice is due, as the person's clock reads it: "Thu 10 Dec, 20:00". */
export function dueText(due) {
    return new Date(due).toLocaleString(locale(), {
        weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
    });
}

/** A sitting in figures, with each person's name: "12 minutes, 4 turns; Alex 3 messages, Sam 2". */
export function sittingLine(sitting, nameOf) {
    const minutes = Math.round(sitting.seconds / 60);
    const time = sitting.seconds < 60 ? t('practice.under-a-minute') : t('waited.minutes', { count: minutes });
    const turns = t('talk.turns', { count: sitting.turns });
    const said = Object.entries(sitting.messages).map(([id, n]) => `${nameOf(id)} ${n}`).join(', ');
    return said ? t('practice.sitting.messages', { time, turns, said }) : t('practice.sitting', { time, turns });
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
    return member ? member.name : t('practice.someone-who-left');
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
    const status = {
        open: t('practice.status.open', { due: dueText(p.due) }), done: t('practice.status.done'), cancelled: t('practice.status.cancelled'),
    }[p.status];
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
        line.textContent = t('practice.sitting-on', {
            date: new Date(sitting.startedAt).toLocaleDateString(locale()), sitting: sittingLine(sitting, nameOf),
        });
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
            ? [button(t('practice.take-back'), { type: 'cancel_practice', practice: p.practice }, true)]
            : [];
    }
    const out = [];
    if (book.underWay === p.practice) {
        out.push(button(t('practice.we-are-done'), { type: 'end_session' }));
    } else if (p.status !== 'cancelled' && !state.sessionRunning && !book.underWay) {
        const start = p.status === 'done' ? t('practice.again-together') : t('practice.start-together');
        out.push(button(start, { type: 'start_practice', practice: p.practice }));
    }
    const me = state.you && state.you.id;
    const spoke = p.sittings.some((s) => (s.messages[me] || 0) > 0);
    if (spoke && !p.shared.includes(me)) {
        out.push(button(t('practice.share-words'), { type: 'share_practice', practice: p.practice }, true));
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
        ? t('practice.reminders-to', { address: book.reminders })
        : t('practice.no-reminders');
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
            $('practice-console-status').textContent = t('practice.choose-due');
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
