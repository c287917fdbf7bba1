// Everything the page remembers, in one object, and how the server's frames change it.
// Nothing here touches the page: the screens read this state and show it.

export const state = {
    me: null,
    socket: null,
    currentRoom: null,
    /** The last event shown; a new socket resumes after it, so nothing is lost or shown twice. */
    lastSeq: 0,
    /** The id of the resume whose replay is still coming; live events wait until it has ended. */
    replaying: null,
    /** The events that came while the replay was coming, replayed and live alike. */
    held: [],
    retry: 0,
    commandCounter: 0,
    /** This person in the current room, as the welcome frame told: id, role, status. */
    you: null,
    sessionRunning: false,
    turn: null,
    /** The step whose sentence stem was last put in the message box, so it is offered once. */
    prefilled: null,
    pause: null,
    crisis: null,
    exerciseTimer: null,
    roomMode: 'moderated',
    /** Who the room is for: 'couple' or 'family'; a family room also shows lines for young people. */
    roomKind: 'couple',
    members: new Map(),
    /** The held messages this person has shared with the room since, by seq. */
    shared: new Set(),
    /** What was written but not yet acknowledged, by command id: a refused message goes back in the box. */
    unsent: new Map(),
    /**
     * The safety screen before joint work: whether the room asks for it, whether
     * a therapist has opened the room, whether you answered; for therapists,
     * each participant's answers and flag by id (nobody else's, for anyone else).
     */
    screen: { required: false, cleared: false, answered: false, members: new Map() },
};

/** A command id unique for this page: the server treats a repeated id as the same command. */
export function nextId() {
    state.commandCounter += 1;
    return `${Date.now().toString(36)}-${state.commandCounter}`;
}

/** Starts afresh in a room: nothing of the previous one is remembered. */
export function enterRoom(roomId) {
    state.currentRoom = roomId;
    state.lastSeq = 0;
    state.replaying = null;
    state.held = [];
    state.turn = null;
    state.pause = null;
    state.prefilled = null;
    state.shared.clear();
    state.unsent.clear();
    state.screen = { required: false, cleared: false, answered: false, members: new Map() };
}

export function leaveRoom() {
    state.currentRoom = null;
}

/** The first command on a new socket: every event after the last one this page has seen. */
export function resumeCommand() {
    const command = { type: 'resume', id: nextId(), afterSeq: state.lastSeq };
    state.replaying = command.id;
    state.held = [];
    return command;
}

/**
 * Holds an event while the replay of a resume is still coming: a live event
 * can overtake it, and following that one first would skip the rest of the
 * replay as already seen. Returns whether the event was held.
 */
export function whileReplaying(event) {
    if (state.replaying === null) {
        return false;
    }
    state.held.push(event);
    return true;
}

/**
 * The answer to a command came: when it was the resume, its replay has ended
 * and the events held meanwhile are returned, by seq, to be followed now.
 */
export function replayEnded(id) {
    if (id === null || id === undefined || id !== state.replaying) {
        return null;
    }
    const held = state.held.sort((a, b) => a.seq - b.seq);
    state.replaying = null;
    state.held = [];
    return held;
}

/** How long to wait before connecting again: twice as long after each failure, up to 32 seconds. */
export function nextRetryDelay() {
    state.retry = Math.min(state.retry + 1, 6);
    return 500 * 2 ** state.retry;
}

export function rememberDraft(id, text) {
    state.unsent.set(id, text);
}

/** The text of a command the server refused, if it was a message; it is forgotten here. */
export function takeDraft(id) {
    const text = state.unsent.get(id);
    state.unsent.delete(id);
    return text;
}

export function forgetDraft(id) {
    state.unsent.delete(id);
}

export function addMember(id, name, role, status = 'active', online = false, talk = null) {
    const known = state.members.get(id);
    state.members.set(id, {
        id, name, role: known?.role || role, status, online: known ? known.online || online : online,
        talk: talk || known?.talk || { turns: 0, messages: 0, words: 0, seconds: 0 },
    });
}

export function applyWelcome(frame) {
    state.you = frame.you;
    state.roomMode = frame.room.mode;
    state.roomKind = frame.room.kind || 'couple';
    state.members.clear();
    for (const member of frame.members) {
        addMember(member.id, member.name, member.role, member.status, member.online, member.talk);
    }
    state.sessionRunning = frame.session.running;
    state.turn = frame.turn;
    state.crisis = frame.crisisResources;
    state.pause = frame.pause.paused ? frame.pause : null;
    const screen = frame.screen || { required: false, cleared: true };
    // Answers already shown stay: a socket that connects again resumes after them.
    const before = state.screen.members;
    state.screen = { required: screen.required, cleared: screen.cleared, answered: !!screen.answered, members: new Map() };
    if (frame.you.role === 'therapist') {
        for (const member of frame.members.filter((m) => m.role === 'participant')) {
            const answered = !(screen.notAnswered || []).includes(member.id);
            const flagOpen = (screen.openFlags || []).includes(member.id);
            const known = before.get(member.id);
            state.screen.members.set(member.id, { answered, flagOpen, flags: known?.flags || [], answers: known?.answers || null });
        }
    }
}

export function applyPresence(frame) {
    if (state.members.has(frame.member)) {
        state.members.get(frame.member).online = frame.online;
    } else {
        addMember(frame.member, frame.name, 'participant', 'active', frame.online, null);
    }
}

export function applyTurn(frame) {
    state.turn = frame;
}

/**
 * Follows one event of the room. Returns null for an event already seen;
 * `{letIn: true}` when this person, waiting in the lobby, was let in (the page
 * then connects again, as a member); otherwise which parts of the state changed.
 */
export function applyEvent(event) {
    if (!(event.seq > state.lastSeq)) {
        return null;
    }
    state.lastSeq = event.seq;
    const you = state.you;
    if (event.kind === 'member_admitted' && you && event.target === you.id && you.status === 'waiting') {
        return { letIn: true };
    }
    if (event.kind === 'held_shared') {
        state.shared.add(event.message);
    }
    return {
        session: followSession(event),
        pause: followPause(event),
        members: followMembers(event),
        screen: followScreen(event),
    };
}

/** The safety screen: answers (therapists only), your confirmation, flags resolved, the room opened. */
function followScreen(event) {
    const screen = state.screen;
    const of = (id) => {
        if (!screen.members.has(id)) {
            screen.members.set(id, { answered: false, flagOpen: false, flags: [], answers: null });
        }
        return screen.members.get(id);
    };
    switch (event.kind) {
        case 'screen_answered': {
            const member = of(event.target);
            member.answered = true;
            member.answers = event.screen;
            member.flags = event.flags || [];
            if (member.flags.length) {
                member.flagOpen = true;
                screen.cleared = false;
            }
            return true;
        }
        case 'screen_received':
            if (state.you && event.target === state.you.id) {
                screen.answered = true;
            }
            return true;
        case 'flag_resolved':
            of(event.target).flagOpen = false;
            return true;
        case 'room_cleared':
            screen.cleared = true;
            return true;
        default:
            return false;
    }
}

function followSession(event) {
    if (event.kind !== 'session_started' && event.kind !== 'session_ended') {
        return false;
    }
    state.sessionRunning = event.kind === 'session_started';
    return true;
}

function followPause(event) {
    const pause = state.pause;
    if (event.kind === 'paused') {
        state.pause = { paused: true, reason: event.reason, by: event.actor, until: event.until, exercise: event.exercise, checkingIn: false, ready: [], calm: {} };
    } else if (event.kind === 'check_in' && pause) {
        pause.checkingIn = true;
    } else if (event.kind === 'pause_extended' && pause) {
        Object.assign(pause, { until: event.until, checkingIn: false, ready: [], calm: {}, extended: true, offer: null, waiting: null });
    } else if (event.kind === 'more_time_offered' && pause && state.you && event.target === state.you.id) {
        pause.offer = event.amount;
    } else if (event.kind === 'check_in_waiting' && pause) {
        pause.waiting = event.told;
    } else if (event.kind === 'ready' && pause) {
        pause.ready.push(event.actor);
    } else if (event.kind === 'calm_rating' && pause) {
        pause.calm = { ...(pause.calm || {}), [event.target]: event.amount };
    } else if (event.kind === 'resumed' || event.kind === 'session_ended') {
        state.pause = null;
    } else {
        return false;
    }
    return true;
}

/** Who is in the room, whether they may come in, and how much each participant has said. */
function followMembers(event) {
    const members = state.members;
    const talk = (id) => members.get(id)?.talk;
    switch (event.kind) {
        case 'member_joined':
            addMember(event.actor, event.actorName, members.get(event.actor)?.role || 'participant', 'active');
            return true;
        case 'member_waiting':
            addMember(event.target, event.targetName, 'participant', 'waiting');
            return true;
        case 'member_admitted':
            if (members.has(event.target)) members.get(event.target).status = 'active';
            return true;
        case 'member_removed':
            if (members.has(event.target)) members.get(event.target).status = 'removed';
            return true;
        case 'message':
        case 'paraphrase':
        case 'clarifying_question':
            if (talk(event.actor)) {
                talk(event.actor).messages += 1;
                talk(event.actor).words += event.text.trim().split(/\s+/).filter(Boolean).length;
            }
            return true;
        case 'floor_granted':
            if (talk(event.target)) talk(event.target).turns += 1;
            return true;
        case 'session_started':
            for (const m of members.values()) m.talk = { turns: 0, messages: 0, words: 0, seconds: 0 };
            return true;
        default:
            return false;
    }
}
