import {
    applyEvent, applyPresence, applyTurn, applyWelcome, enterRoom, forgetDraft, leaveRoom, nextId, nextRetryDelay,
    rememberDraft, replayEnded, resumeCommand, state, takeDraft, whileReplaying,
} from '../js/state.js';
import { assertEqual, assertMatch, test } from './runner.js';

const TALK = { turns: 2, messages: 3, words: 40, seconds: 90 };

function welcome(overrides = {}) {
    return {
        type: 'welcome',
        you: { id: 'alex', role: 'participant', status: 'active' },
        room: { id: 'r1', name: 'Alex and Sam', mode: 'guided', requiresAdmission: false },
        members: [
            { id: 'maya', name: 'Maya Ortiz', role: 'therapist', status: 'active', online: true, talk: null },
            { id: 'alex', name: 'Alex Chen', role: 'participant', status: 'active', online: true, talk: TALK },
            { id: 'sam', name: 'Sam Rivera', role: 'participant', status: 'active', online: false },
        ],
        session: { running: true },
        turn: { type: 'turn', protocol: 'open' },
        pause: { paused: false },
        crisisResources: { emergency: '112', resources: [] },
        lastSeq: 0,
        ...overrides,
    };
}

function inRoom(frame = welcome()) {
    enterRoom('r1');
    applyWelcome(frame);
}

function event(kind, fields = {}) {
    return { type: 'event', seq: state.lastSeq + 1, at: '2025-03-04T10:15:00Z', kind, actor: 'alex', actorName: 'Alex Chen', ...fields };
}

test('a welcome frame sets who is looking, the room, its members, session, turn, crisis help and pause', () => {
    inRoom();
    assertEqual(state.you, { id: 'alex', role: 'participant', status: 'active' });
    assertEqual(state.roomMode, 'guided');
    assertEqual([...state.members.keys()], ['maya', 'alex', 'sam']);
    assertEqual(state.members.get('alex').talk, TALK);
    assertEqual(state.members.get('sam').talk, { turns: 0, messages: 0, words: 0, seconds: 0 }, 'no talk yet');
    assertEqual(state.members.get('sam').online, false);
    assertEqual(state.sessionRunning, true);
    assertEqual(state.turn, { type: 'turn', protocol: 'open' });
    assertEqual(state.crisis.emergency, '112');
    assertEqual(state.pause, null, 'a room that is not paused has no pause');
});

test('a welcome frame of a paused room keeps the pause, and replaces the members of an earlier welcome', () => {
    inRoom();
    const pause = { paused: true, reason: 'break', until: '2025-03-04T10:25:00Z', checkingIn: false, ready: [], calm: {} };
    applyWelcome(welcome({ members: [{ id: 'alex', name: 'Alex Chen', role: 'participant', status: 'active', online: true }], pause }));
    assertEqual(state.pause, pause);
    assertEqual([...state.members.keys()], ['alex']);
});

test('each event is followed once, in order: a repeated or older seq is ignored', () => {
    inRoom();
    assertEqual(state.lastSeq, 0);
    const first = { type: 'event', seq: 1, kind: 'hand_raised', actor: 'alex', target: 'alex' };
    assertEqual(applyEvent(first), { session: false, pause: false, members: false, screen: false });
    assertEqual(state.lastSeq, 1);
    assertEqual(applyEvent(first), null, 'the same event again');
    assertEqual(applyEvent({ ...first, seq: 5 }) !== null, true, 'a later event');
    assertEqual(applyEvent({ ...first, seq: 3 }), null, 'an older event');
    assertEqual(state.lastSeq, 5);
});

test('a new socket resumes after the last event seen, and a new room from the start', () => {
    inRoom();
    applyEvent({ type: 'event', seq: 41, kind: 'resumed' });
    const resume = resumeCommand();
    assertEqual(resume.type, 'resume');
    assertEqual(resume.afterSeq, 41);
    assertMatch(resume.id, /^[0-9a-z]+-\d+$/, 'command id');
    enterRoom('r2');
    assertEqual(resumeCommand().afterSeq, 0);
    assertEqual(state.currentRoom, 'r2');
    leaveRoom();
    assertEqual(state.currentRoom, null);
});

test('command ids are never repeated', () => {
    const ids = new Set([nextId(), nextId(), nextId(), resumeCommand().id]);
    assertEqual(ids.size, 4);
});

test('reconnecting waits twice as long after each failure, up to 32 seconds', () => {
    state.retry = 0;
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map(() => nextRetryDelay());
    assertEqual(delays, [1000, 2000, 4000, 8000, 16000, 32000, 32000, 32000]);
    state.retry = 0;
    assertEqual(nextRetryDelay(), 1000, 'after a connection opened');
});

test('a turn frame replaces the turn', () => {
    inRoom();
    const turn = { type: 'turn', protocol: 'floor', holder: 'sam', queue: ['alex'] };
    applyTurn(turn);
    assertEqual(state.turn, turn);
});

test('presence marks a known member online or away, and adds someone new as a participant', () => {
    inRoom();
    applyPresence({ type: 'presence', member: 'sam', online: true });
    assertEqual(state.members.get('sam').online, true);
    applyPresence({ type: 'presence', member: 'jo', name: 'Jo', online: true });
    assertEqual(state.members.get('jo').role, 'participant');
    assertEqual(state.members.get('jo').status, 'active');
    assertEqual(state.members.get('jo').online, true);
});

test('a pause follows the events: paused, check-in, ready, calm rating, resumed', () => {
    inRoom();
    const exercise = { id: 'box', title: 'Box breathing', steps: [], cycles: 4 };
    let changed = applyEvent(event('paused', { actor: 'sam', reason: 'flooded', until: '2025-03-04T10:35:00Z', exercise }));
    assertEqual(changed.pause, true);
    assertEqual(state.pause, { paused: true, reason: 'flooded', by: 'sam', until: '2025-03-04T10:35:00Z', exercise, checkingIn: false, ready: [], calm: {} });
    applyEvent(event('check_in', { actor: 'attune' }));
    assertEqual(state.pause.checkingIn, true);
    applyEvent(event('ready', { actor: 'alex' }));
    applyEvent(event('calm_rating', { actor: 'alex', target: 'alex', amount: 4 }));
    assertEqual(state.pause.ready, ['alex']);
    assertEqual(state.pause.calm, { alex: 4 });
    changed = applyEvent(event('resumed', { actor: 'maya' }));
    assertEqual(changed.pause, true);
    assertEqual(state.pause, null);
    assertEqual(applyEvent(event('check_in')).pause, false, 'a check-in without a pause changes nothing');
});

test('the session starts and ends with its events; its end also ends a pause and a start clears who said how much', () => {
    inRoom(welcome({ session: { running: false } }));
    const changed = applyEvent(event('session_started', { actor: 'maya' }));
    assertEqual(changed, { session: true, pause: false, members: true, screen: false });
    assertEqual(state.sessionRunning, true);
    assertEqual(state.members.get('alex').talk, { turns: 0, messages: 0, words: 0, seconds: 0 });
    applyEvent(event('paused', { reason: 'break', until: '2025-03-04T10:35:00Z' }));
    applyEvent(event('session_ended', { actor: 'maya' }));
    assertEqual(state.sessionRunning, false);
    assertEqual(state.pause, null);
});

test('messages, paraphrases and granted turns count towards what each participant has said', () => {
    inRoom(welcome({ members: [{ id: 'alex', name: 'Alex Chen', role: 'participant', status: 'active', online: true }] }));
    assertEqual(applyEvent(event('message', { text: '  I feel   unheard when plans change ' })).members, true);
    applyEvent(event('paraphrase', { text: 'You felt unheard.' }));
    applyEvent(event('floor_granted', { actor: 'maya', target: 'alex' }));
    assertEqual(state.members.get('alex').talk, { turns: 1, messages: 2, words: 9, seconds: 0 });
});

test('the lobby: someone waits, is let in, and is removed', () => {
    inRoom();
    applyEvent(event('member_waiting', { actor: 'jo', target: 'jo', targetName: 'Jo' }));
    assertEqual(state.members.get('jo').status, 'waiting');
    applyEvent(event('member_admitted', { actor: 'maya', target: 'jo', targetName: 'Jo' }));
    assertEqual(state.members.get('jo').status, 'active');
    applyEvent(event('member_removed', { actor: 'maya', target: 'jo', targetName: 'Jo' }));
    assertEqual(state.members.get('jo').status, 'removed');
});

test('someone who joins keeps the role the room knows them by', () => {
    inRoom();
    applyEvent(event('member_joined', { actor: 'maya', actorName: 'Maya Ortiz' }));
    assertEqual(state.members.get('maya').role, 'therapist');
    applyEvent(event('member_joined', { actor: 'kim', actorName: 'Kim' }));
    assertEqual(state.members.get('kim').role, 'participant');
});

test('a person waiting in the lobby who is let in connects again, without following the event', () => {
    inRoom(welcome({ you: { id: 'jo', role: 'participant', status: 'waiting' } }));
    assertEqual(applyEvent(event('member_admitted', { actor: 'maya', target: 'jo' })), { letIn: true });
    assertEqual(state.members.has('jo'), false);
});

test('a refused message comes back once; an acknowledged one is forgotten; a new room forgets them all', () => {
    inRoom();
    rememberDraft('c1', 'first');
    rememberDraft('c2', 'second');
    rememberDraft('c3', 'third');
    assertEqual(takeDraft('c1'), 'first');
    assertEqual(takeDraft('c1'), undefined, 'only once');
    forgetDraft('c2');
    assertEqual(takeDraft('c2'), undefined);
    enterRoom('r2');
    assertEqual(takeDraft('c3'), undefined);
});

test('entering a room forgets the turn, pause and sentence stem of the previous one', () => {
    inRoom(welcome({ pause: { paused: true, reason: 'break', ready: [], calm: {} } }));
    state.prefilled = 'mirror|alex';
    enterRoom('r2');
    assertEqual([state.turn, state.pause, state.prefilled, state.lastSeq], [null, null, null, 0]);
});

test('live events that come before the replay ends wait for it, then all are followed in order, once', () => {
    inRoom();
    applyEvent({ type: 'event', seq: 2, kind: 'hand_raised', actor: 'alex' });
    const resume = resumeCommand();
    const live = { type: 'event', seq: 6, kind: 'hand_raised', actor: 'sam' };
    assertEqual(whileReplaying(live), true, 'a live event overtaking the replay is held');
    assertEqual(state.lastSeq, 2, 'nothing is followed before the replay is in');
    for (const seq of [3, 4, 5, 6]) {
        whileReplaying({ type: 'event', seq, kind: 'hand_raised', actor: 'alex' });
    }
    assertEqual(replayEnded('another-command'), null, 'only the resume itself ends the replay');
    const held = replayEnded(resume.id);
    assertEqual(held.map((e) => e.seq), [3, 4, 5, 6, 6]);
    assertEqual(held.map(applyEvent).filter(Boolean).length, 4, 'each event once');
    assertEqual(state.lastSeq, 6);
    assertEqual(whileReplaying({ type: 'event', seq: 7, kind: 'hand_raised', actor: 'alex' }), false, 'live again');
});
