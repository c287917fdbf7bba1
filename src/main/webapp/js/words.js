// The page's sentences, from the point of view of the person looking.
// `view` is the page's state (or any object with `you`, `members` and `roomMode`).

export const PROTOCOL_NAMES = {
    open: 'Open conversation',
    floor: 'Floor with raised hands',
    speaker_listener: 'Speaker-listener',
    imago: 'Imago dialogue',
    round: 'Round (talking stick)',
    repair: 'Repair after a fight',
    appreciation: 'Appreciation round',
};

export const PAUSE_REASONS = {
    flooded: 'Someone is flooded. Bodies need about twenty minutes to settle; try not to go over the argument in your head.',
    overwhelmed: 'Someone felt overwhelmed. Let the conversation rest for a little while.',
    break: 'Someone asked for a short break.',
    therapist: 'Your therapist paused the conversation.',
    escalation: 'The conversation was heating up, so the room is taking a breather.',
    safety: 'The room is taking a pause. Your therapist will pick the conversation up from here.',
};

export function isMe(view, id) {
    return !!view.you && id === view.you.id;
}

/** "You" (or "you" within a sentence) for the person looking, otherwise the member's name. */
export function who(view, id, within = false) {
    if (!id) {
        return within ? 'nobody' : 'Nobody';
    }
    if (view.you && id === view.you.id) {
        return within ? 'you' : 'You';
    }
    return view.members.get(id)?.name || (within ? 'someone' : 'Someone');
}

export function list(view, ids) {
    return ids.map((id) => who(view, id)).join(', ');
}

/** The time of day of an instant, as hours and minutes in the person's own locale. */
export function clockTime(at) {
    return new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** What is left until `until`, as minutes and seconds ("4:05"), never below zero. */
export function timeLeft(until, now = Date.now()) {
    const left = Math.max(0, Math.round((new Date(until) - now) / 1000));
    return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
}

/** A room on the home screen: its kind, who moderates, and the person's part in it. */
export function roomSummary(room) {
    return `${room.kind}, ${room.mode === 'guided' ? 'guided' : 'moderated'}, you are ${room.yourRole === 'therapist' ? 'its therapist' : aRole(room.yourRole)}`;
}

/** What an invitation link offers, asked before anything is done: who invites, to which room, as what. */
export function invitationOffer(offer) {
    return `${offer.invitedBy} invited you to join “${offer.roomName}”, a room for a ${offer.roomKind}, as ${aRole(offer.role)}.`;
}

/** A role with its article: "a participant", "an observer". */
function aRole(role) {
    return { participant: 'a participant', observer: 'an observer', therapist: 'a therapist' }[role] || `a ${role}`;
}

/** How much a participant has spoken, for the therapist's list of people. */
export function talkSummary(talk) {
    const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
    return `${count(talk.turns, 'turn')}, ${count(talk.messages, 'message')}, ${count(talk.words, 'word')}`;
}

export function pauseCountdown(pause, now = Date.now()) {
    if (!pause || pause.checkingIn) {
        return '';
    }
    return `The check-in opens in ${timeLeft(pause.until, now)}.`;
}

/** "Alex will be back at 19:40." for a time-out a participant called: their agreement to come back. */
export function backAtLine(view, pause) {
    if (!pause || !['flooded', 'overwhelmed', 'break'].includes(pause.reason) || !pause.by) {
        return '';
    }
    return isMe(view, pause.by)
        ? `You said you will be back at ${clockTime(pause.until)}.`
        : `${who(view, pause.by)} will be back at ${clockTime(pause.until)}.`;
}

/** The break goes on, naming nobody. */
export function extendedLine(until) {
    return `The break goes on until ${clockTime(until)}.`;
}

/** A guided room's check-in that waits for someone: calm, naming nobody. */
export function waitingLine(told) {
    const whoKnows = told === 'therapist' ? 'Your therapist knows.' : 'The practice has been told.';
    return `The room waits for everyone before it goes on. ${whoKnows}`;
}

/** One line of the therapist's check-in list: who is ready, and how calm they said they are. */
export function checkInLine(view, id) {
    const calm = view.pause?.calm && view.pause.calm[id];
    return `${who(view, id)}: ready${calm ? `, calm ${calm} of 5` : ''}`;
}

/**
 * Who reads what a person sends to their therapist alone, from their point of
 * view; after words that raised a safety alert, the server's `followUp` says
 * truthfully who follows up, and `withinMinutes` within about how long.
 */
export function whoReads(roomMode, followUp, withinMinutes) {
    const within = withinMinutes === 1 ? 'about a minute' : `about ${withinMinutes} minutes`;
    switch (followUp) {
        case 'therapist_here':
            return 'Your therapist is here and will read it now.';
        case 'therapist_away':
            return 'Your therapist is not in the room just now; the practice\'s on-call clinician has been told '
                + `and will follow up within ${within}.`;
        case 'on_call':
            return `The practice's on-call clinician has been told and will follow up within ${within}.`;
        case 'practice':
            return roomMode === 'guided'
                ? 'Someone from your practice will read it and follow up.'
                : 'Your therapist is not in the room just now; they or someone from your practice will read it and follow up.';
        default:
            return roomMode === 'guided' ? 'Someone from your practice will read it and follow up.' : 'Your therapist will read it.';
    }
}

/** Who follows up an answer to a check-in when the therapist is not in the room: calmly, without the word "alert". */
function laterFollowUp(roomMode, followUp, withinMinutes) {
    const within = withinMinutes === 1 ? 'about a minute' : `about ${withinMinutes} minutes`;
    switch (followUp) {
        case 'therapist_away':
        case 'on_call':
            return `Someone from your practice will be in touch within ${within}.`;
        default:
            return roomMode === 'guided' ? 'Someone from your practice will follow up.' : 'Your therapist or someone from your practice will follow up.';
    }
}

/**
 * A therapist's private check-in, "Are you safe to talk right now?", as the
 * person asked reads it: words a partner glancing at the screen would not
 * find alarming, and that never show the answer back.
 */
export const SAFE_TO_TALK = {
    heading: 'Your therapist is checking in',
    question: 'Is now a good time for you to talk freely?',
    answers: [['yes', 'Yes'], ['no', 'No'], ['not_sure', 'Not sure']],
    private: 'Only your therapist sees your answer.',
    sent: 'Your answer went to your therapist.',
};

/** An answer to a check-in as the therapist's console says it. */
const CHECK_ANSWERS = {
    yes: 'Yes, safe to talk now',
    no: 'No, not safe to talk right now',
    not_sure: 'Not sure it is safe to talk right now',
};

/**
 * One check-in in the therapist's console: waiting, with how long so far, or
 * answered, with the answer and how long it took. `check` has `targetName`,
 * `at` (when asked) and, once answered, `answer` and `answeredAt`.
 */
export function checkLine(check, now = Date.now()) {
    if (!check.answer) {
        return `${check.targetName}: asked at ${clockTime(check.at)}, no answer yet (waiting ${waitedFor(check.at, now)}).`;
    }
    const answered = `${check.targetName}: ${CHECK_ANSWERS[check.answer] || check.answer} `
        + `(answered after ${waitedFor(check.at, Date.parse(check.answeredAt))}).`;
    return check.answer === 'yes'
        ? answered
        : `${answered} Help lines were offered to them privately; the room was not paused, so only you know.`;
}

/** How long something has waited, from when it began: "less than a minute", "3 minutes", "1 h 5 min". */
export function waitedFor(fromIso, toMs = Date.now()) {
    const minutes = Math.max(0, Math.floor((toMs - Date.parse(fromIso)) / 60000));
    if (minutes < 1) {
        return 'less than a minute';
    }
    if (minutes < 60) {
        return minutes === 1 ? '1 minute' : `${minutes} minutes`;
    }
    return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * What a person reads when resources are offered to them, privately: after
 * words the room did not receive (`held`), after a worrying private line
 * (`private_line`), or, discreetly, while the room pauses (`room_paused`).
 */
export function safetyNote(roomMode, why = 'held', followUp = undefined, withinMinutes = 0) {
    if (why === 'room_paused') {
        return 'While the room pauses: if you ever feel unsafe, these people are there for you, any time.';
    }
    if (why === 'safe_to_talk') {
        // Read over a shoulder, it must not say what was answered, nor sound an alarm.
        const away = followUp === 'therapist_here' || !followUp ? '' : ` ${laterFollowUp(roomMode, followUp, withinMinutes)}`;
        return `${SAFE_TO_TALK.sent}${away} Whenever you need them, these people are there for you, any time.`;
    }
    const reads = whoReads(roomMode, followUp, withinMinutes);
    return why === 'private_line'
        ? `${reads} You are not alone: these people are there for you right now.`
        : `What you wrote was not sent to the room: only your therapist can see it. ${reads} `
            + 'If you would like the others to read it, you can share it. '
            + 'You are not alone: these people are there for you right now.';
}

export function emergencyLine(crisis) {
    return `In an emergency, call ${crisis.emergency}.`;
}

/** Whether a crisis line is for young people alone: its `needs` are only "youth". */
export function onlyForYoungPeople(resource) {
    return Array.isArray(resource.needs) && resource.needs.length > 0 && resource.needs.every((need) => need === 'youth');
}

/** One line of "Help right now"; a line for young people alone says so first. */
export function resourceLine(resource) {
    return `${onlyForYoungPeople(resource) ? 'For young people: ' : ''}${resource.name}: ${resource.contact}${resource.when ? ` (${resource.when})` : ''}`;
}

/** The coaching of a draft, paragraph by paragraph: a heading, each signal with its advice, the hint. */
export function coachingLines(frame) {
    return [
        frame.signals.length ? 'Before you send it:' : 'Your wording',
        ...frame.signals.map((signal) => `“${signal.words}”: ${signal.advice}`),
        frame.hint,
    ];
}

/**
 * The conversation's own words, kept together: the turn banner, the day
 * separators, the unread marker, the chime's switch.
 */
export const CONVERSATION = {
    yourTurn: 'Your turn',
    turnOf: (name) => `${name}'s turn`,
    you: 'You',
    newMessages: 'New messages',
    today: 'Today',
    yesterday: 'Yesterday',
    share: 'Share it with the room',
};

/** The day an instant falls on, for a separator in the conversation: "Today", "Yesterday", or the date. */
export function dayLabel(at, now = Date.now()) {
    const day = new Date(at);
    const today = new Date(now);
    const yesterday = new Date(now);
    yesterday.setDate(today.getDate() - 1);
    const same = (a, b) => a.toDateString() === b.toDateString();
    if (same(day, today)) {
        return CONVERSATION.today;
    }
    if (same(day, yesterday)) {
        return CONVERSATION.yesterday;
    }
    const withYear = day.getFullYear() === today.getFullYear() ? {} : { year: 'numeric' };
    return day.toLocaleDateString([], { weekday: 'long', day: 'numeric', month: 'long', ...withYear });
}
