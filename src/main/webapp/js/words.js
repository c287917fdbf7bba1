// The page's sentences, from the point of view of the person looking.
// `view` is the page's state (or any object with `you`, `members` and `roomMode`).

import { has, locale, t } from './i18n.js';

/** A protocol's name ("Speaker-listener"); nothing for a protocol the page does not know. */
export function protocolName(code) {
    return has(`protocol.${code}`) ? t(`protocol.${code}`) : '';
}

/** Why the room pauses, naming nobody; nothing for a reason the page does not know. */
export function pauseReason(reason) {
    return has(`pause-why.${reason}`) ? t(`pause-why.${reason}`) : '';
}

export function isMe(view, id) {
    return !!view.you && id === view.you.id;
}

/** "You" (or "you" within a sentence) for the person looking, otherwise the member's name. */
export function who(view, id, within = false) {
    const lower = within ? '.within' : '';
    if (!id) {
        return t(`who.nobody${lower}`);
    }
    if (view.you && id === view.you.id) {
        return t(`who.you${lower}`);
    }
    return view.members.get(id)?.name || t(`who.someone${lower}`);
}

export function list(view, ids) {
    return ids.map((id) => who(view, id)).join(', ');
}

/** The time of day of an instant, as hours and minutes in the person's own locale. */
export function clockTime(at) {
    // A time is never cut at the end of a line: "07 h 43" in French keeps its spaces together.
    return new Date(at).toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit' }).replace(/ /g, '\u00a0');
}

/** What is left until `until`, as minutes and seconds ("4:05"), never below zero. */
export function timeLeft(until, now = Date.now()) {
    const left = Math.max(0, Math.round((new Date(until) - now) / 1000));
    return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
}

/** A room on the home screen: its kind, who moderates, and the person's part in it. */
export function roomSummary(room) {
    return t('room.summary', {
        kind: t(`room.kind.${room.kind === 'family' ? 'family' : 'couple'}`),
        mode: t(`room.mode.${room.mode === 'guided' ? 'guided' : 'moderated'}`),
        role: t(`room.your-role.${knownRole(room.yourRole)}`),
    });
}

function knownRole(role) {
    return ['therapist', 'observer'].includes(role) ? role : 'participant';
}

/** What an invitation link offers, asked before anything is done: who invites, to which room, as what. */
export function invitationOffer(offer) {
    return t('invitation.offer', {
        invitedBy: offer.invitedBy,
        roomName: offer.roomName,
        roomFor: t(`invitation.for.${offer.roomKind === 'family' ? 'family' : 'couple'}`),
        as: t(`invitation.as.${knownRole(offer.role)}`),
    });
}

/** How much a participant has spoken, for the therapist's list of people. */
export function talkSummary(talk) {
    return [
        t('talk.turns', { count: talk.turns }),
        t('talk.messages', { count: talk.messages }),
        t('talk.words', { count: talk.words }),
    ].join(', ');
}

export function pauseCountdown(pause, now = Date.now()) {
    if (!pause || pause.checkingIn) {
        return '';
    }
    return t('pause.check-in-in', { left: timeLeft(pause.until, now) });
}

/** "Alex will be back at 19:40." for a time-out a participant called: their agreement to come back. */
export function backAtLine(view, pause) {
    if (!pause || !['flooded', 'overwhelmed', 'break'].includes(pause.reason) || !pause.by) {
        return '';
    }
    return isMe(view, pause.by)
        ? t('pause.back-at.you', { time: clockTime(pause.until) })
        : t('pause.back-at', { name: who(view, pause.by), time: clockTime(pause.until) });
}

/** The break goes on, naming nobody. */
export function extendedLine(until) {
    return t('pause.extended', { time: clockTime(until) });
}

/** A guided room's check-in that waits for someone: calm, naming nobody. */
export function waitingLine(told) {
    return `${t('pause.waits-for-everyone')} ${t(told === 'therapist' ? 'pause.therapist-knows' : 'pause.practice-told')}`;
}

/** One line of the therapist's check-in list: who is ready, and how calm they said they are. */
export function checkInLine(view, id) {
    const calm = view.pause?.calm && view.pause.calm[id];
    return calm ? t('check-in.ready-calm', { name: who(view, id), calm }) : t('check-in.ready', { name: who(view, id) });
}

/**
 * Who reads what a person sends to their therapist alone, from their point of
 * view; after words that raised a safety alert, the server's `followUp` says
 * truthfully who follows up, and `withinMinutes` within about how long.
 */
export function whoReads(roomMode, followUp, withinMinutes) {
    const within = t('within', { count: withinMinutes });
    switch (followUp) {
        case 'therapist_here':
            return t('reads.therapist-here');
        case 'therapist_away':
            return t('reads.therapist-away', { within });
        case 'on_call':
            return t('reads.on-call', { within });
        case 'practice':
            return t(roomMode === 'guided' ? 'reads.practice' : 'reads.therapist-or-practice');
        default:
            return t(roomMode === 'guided' ? 'reads.practice' : 'reads.therapist');
    }
}

/** Who follows up an answer to a check-in when the therapist is not in the room: calmly, without the word "alert". */
function laterFollowUp(roomMode, followUp, withinMinutes) {
    switch (followUp) {
        case 'therapist_away':
        case 'on_call':
            return t('follow-up.within', { within: t('within', { count: withinMinutes }) });
        default:
            return t(roomMode === 'guided' ? 'follow-up.practice' : 'follow-up.therapist-or-practice');
    }
}

/**
 * A therapist's private check-in, "Are you safe to talk right now?", as the
 * person asked reads it: words a partner glancing at the screen would not
 * find alarming, and that never show the answer back.
 */
export const SAFE_TO_TALK_ANSWERS = Object.freeze(['yes', 'no', 'not_sure']);

/** An answer to a check-in as the therapist's console says it. */
function checkAnswer(answer) {
    return has(`check.answer.${answer}`) ? t(`check.answer.${answer}`) : answer;
}

/**
 * One check-in in the therapist's console: waiting, with how long so far, or
 * answered, with the answer and how long it took. `check` has `targetName`,
 * `at` (when asked) and, once answered, `answer` and `answeredAt`.
 */
export function checkLine(check, now = Date.now()) {
    if (!check.answer) {
        return t('check.waiting', { name: check.targetName, time: clockTime(check.at), waited: waitedFor(check.at, now) });
    }
    const answered = t('check.answered', {
        name: check.targetName,
        answer: checkAnswer(check.answer),
        waited: waitedFor(check.at, Date.parse(check.answeredAt)),
    });
    return check.answer === 'yes' ? answered : `${answered} ${t('check.help-offered')}`;
}

/** How long something has waited, from when it began: "less than a minute", "3 minutes", "1 h 5 min". */
export function waitedFor(fromIso, toMs = Date.now()) {
    const minutes = Math.max(0, Math.floor((toMs - Date.parse(fromIso)) / 60000));
    if (minutes < 1) {
        return t('waited.less-than-a-minute');
    }
    if (minutes < 60) {
        return t('waited.minutes', { count: minutes });
    }
    return t('waited.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/**
 * What a person reads when resources are offered to them, privately: after
 * words the room did not receive (`held`), after a worrying private line
 * (`private_line`), or, discreetly, while the room pauses (`room_paused`).
 */
export function safetyNote(roomMode, why = 'held', followUp = undefined, withinMinutes = 0) {
    if (why === 'room_paused') {
        return t('safety.room-paused');
    }
    if (why === 'safe_to_talk') {
        // Read over a shoulder, it must not say what was answered, nor sound an alarm.
        const away = followUp === 'therapist_here' || !followUp ? [] : [laterFollowUp(roomMode, followUp, withinMinutes)];
        return [t('safe-to-talk.sent'), ...away, t('safety.whenever')].join(' ');
    }
    const reads = whoReads(roomMode, followUp, withinMinutes);
    return why === 'private_line'
        ? `${reads} ${t('safety.not-alone')}`
        : [t('safety.held'), reads, t('safety.can-share'), t('safety.not-alone')].join(' ');
}

export function emergencyLine(crisis) {
    return t('crisis.emergency', { number: crisis.emergency });
}

/** Whether a crisis line is for young people alone: its `needs` are only "youth". */
export function onlyForYoungPeople(resource) {
    return Array.isArray(resource.needs) && resource.needs.length > 0 && resource.needs.every((need) => need === 'youth');
}

/** One line of "Help right now"; a line for young people alone says so first. */
export function resourceLine(resource) {
    const line = t(resource.when ? 'crisis.line-when' : 'crisis.line', resource);
    return onlyForYoungPeople(resource) ? t('crisis.for-young-people', { line }) : line;
}

/** The coaching of a draft, paragraph by paragraph: a heading, each signal with its advice, the hint. */
export function coachingLines(frame) {
    return [
        t(frame.signals.length ? 'coaching.before-you-send' : 'coaching.your-wording'),
        ...frame.signals.map((signal) => t('coaching.signal', signal)),
        frame.hint,
    ];
}

/** The day an instant falls on, for a separator in the conversation: "Today", "Yesterday", or the date. */
export function dayLabel(at, now = Date.now()) {
    const day = new Date(at);
    const today = new Date(now);
    const yesterday = new Date(now);
    yesterday.setDate(today.getDate() - 1);
    const same = (a, b) => a.toDateString() === b.toDateString();
    if (same(day, today)) {
        return t('day.today');
    }
    if (same(day, yesterday)) {
        return t('day.yesterday');
    }
    const withYear = day.getFullYear() === today.getFullYear() ? {} : { year: 'numeric' };
    return day.toLocaleDateString(locale(), { weekday: 'long', day: 'numeric', month: 'long', ...withYear });
}
