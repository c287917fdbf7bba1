import { sessionBlocked } from '../js/screening-console.js';
import { describeEvent } from '../js/events.js';
import { applyEvent, applyWelcome, enterRoom, state } from '../js/state.js';
import { assertEqual, test } from './runner.js';
import { viewOf } from './views.js';

const MEMBERS = [
    { id: 'maya', name: 'Maya Ortiz', role: 'therapist', status: 'active', online: true },
    { id: 'alex', name: 'Alex Chen', role: 'participant', status: 'active', online: true },
    { id: 'sam', name: 'Sam Rivera', role: 'participant', status: 'active', online: true },
];
const WORRYING = { hurt: 3, insult: 4, threaten: 3, scream: 4, total: 14, afraid: 'yes', safeToTalk: 'not_sure' };

function welcome(you, screen, mode = 'moderated') {
    enterRoom('r1');
    applyWelcome({
        type: 'welcome',
        you,
        room: { id: 'r1', name: 'Alex and Sam', kind: 'couple', mode, requiresAdmission: false },
        members: MEMBERS,
        session: { running: false },
        turn: { type: 'turn', protocol: 'open' },
        pause: { paused: false },
        crisisResources: { resources: [] },
        screen,
        lastSeq: 0,
    });
}

function event(kind, fields = {}) {
    return { type: 'event', seq: state.lastSeq + 1, at: '2025-03-04T10:15:00Z', kind, ...fields };
}

const maya = { id: 'maya', role: 'therapist', status: 'active' };
const alex = { id: 'alex', role: 'participant', status: 'active' };

test('a therapist follows who answered and whose flag is open, from the welcome and the events', () => {
    welcome(maya, { required: true, cleared: false, notAnswered: ['alex'], openFlags: [] });
    assertEqual(state.screen.members.get('alex').answered, false);
    assertEqual(state.screen.members.get('sam').answered, true);
    const changed = applyEvent(event('screen_answered', { actor: 'alex', target: 'alex', screen: WORRYING, flags: ['hits_positive', 'afraid'] }));
    assertEqual(changed.screen, true);
    assertEqual(state.screen.members.get('alex'), { answered: true, flagOpen: true, flags: ['hits_positive', 'afraid'], answers: WORRYING });
    applyEvent(event('flag_resolved', { actor: 'maya', target: 'alex', amount: 1 }));
    assertEqual(state.screen.members.get('alex').flagOpen, false);
});

test('the room opens with its event, and a flagged answer closes it again for the therapist', () => {
    welcome(maya, { required: true, cleared: false, notAnswered: [], openFlags: [] });
    applyEvent(event('room_cleared', { actor: 'maya' }));
    assertEqual(state.screen.cleared, true);
    applyEvent(event('screen_answered', { actor: 'sam', target: 'sam', screen: WORRYING, flags: ['afraid'] }));
    assertEqual(state.screen.cleared, false);
});

test('a participant knows only whether they answered themselves', () => {
    welcome(alex, { required: true, cleared: false, answered: false });
    assertEqual(state.screen.answered, false);
    assertEqual(state.screen.members.size, 0, 'nobody else\'s screen');
    applyEvent(event('screen_received', { actor: 'sam', target: 'sam' }));
    assertEqual(state.screen.answered, false, 'someone else\'s confirmation is not mine');
    applyEvent(event('screen_received', { actor: 'alex', target: 'alex' }));
    assertEqual(state.screen.answered, true);
});

test('answers already shown stay when the socket connects again', () => {
    welcome(maya, { required: true, cleared: false, notAnswered: ['sam'], openFlags: [] });
    applyEvent(event('screen_answered', { actor: 'alex', target: 'alex', screen: WORRYING, flags: ['afraid'] }));
    applyWelcome({ ...{ type: 'welcome', you: maya, room: { id: 'r1', name: 'A', kind: 'couple', mode: 'moderated' }, members: MEMBERS, session: { running: false }, turn: {}, pause: { paused: false }, crisisResources: {}, lastSeq: 1 }, screen: { required: true, cleared: false, notAnswered: ['sam'], openFlags: ['alex'] } });
    assertEqual(state.screen.members.get('alex').answers, WORRYING);
    assertEqual(state.screen.members.get('alex').flagOpen, true);
});

test('the session buttons say why they wait: the room is not open yet; in a guided room, a flag', () => {
    welcome(maya, { required: true, cleared: false, notAnswered: [], openFlags: ['sam'] }, 'guided');
    assertEqual(sessionBlocked(), 'Open the room for conversation first (see "Before joint work").');
    applyEvent(event('room_cleared', { actor: 'maya' }));
    assertEqual(sessionBlocked(), 'A safety flag is open: in a guided room no session starts until it is resolved.');
    applyEvent(event('flag_resolved', { actor: 'maya', target: 'sam' }));
    assertEqual(sessionBlocked(), null);

    welcome(alex, { required: true, cleared: false, answered: true }, 'guided');
    assertEqual(sessionBlocked(), 'Your therapist will open the room for conversation first.');
    applyEvent(event('room_cleared', { actor: 'maya' }));
    assertEqual(sessionBlocked(), null, 'a participant is never told about a flag');
});

test('the screen reads calmly in the room: the writer is thanked, everyone sees the room open, therapists the rest', () => {
    const alexLooking = viewOf(alex, { alex: 'Alex Chen', sam: 'Sam Rivera' });
    const mayaLooking = viewOf(maya, { alex: 'Alex Chen', sam: 'Sam Rivera' });
    const at = '2025-03-04T10:15:00Z';
    const received = { seq: 4, at, kind: 'screen_received', actor: 'alex', actorName: 'Alex Chen', target: 'alex', targetName: 'Alex Chen' };
    assertEqual(describeEvent(alexLooking, received).text, 'Thank you. Only your therapist will see your answers.');
    assertEqual(describeEvent(mayaLooking, { ...received, actor: 'sam', target: 'sam' }), null);
    const cleared = { seq: 5, at, kind: 'room_cleared', actor: 'maya', actorName: 'Maya Ortiz' };
    assertEqual(describeEvent(alexLooking, cleared).text, 'Your therapist has opened the room for conversation.');
    assertEqual(describeEvent(mayaLooking, cleared).text, 'Maya Ortiz opened the room for conversation.');
    const answered = { seq: 3, at, kind: 'screen_answered', actor: 'sam', actorName: 'Sam Rivera', target: 'sam', screen: WORRYING, flags: ['afraid'] };
    assertEqual(describeEvent(mayaLooking, answered).text, 'Sam Rivera answered the safety screen: a flag is open (see "Before joint work").');
    const resolved = { seq: 6, at, kind: 'flag_resolved', actor: 'maya', actorName: 'Maya Ortiz', target: 'sam', targetName: 'Sam Rivera', text: 'Spoke alone.' };
    assertEqual(describeEvent(mayaLooking, resolved).text, 'Maya Ortiz resolved the safety flag for Sam Rivera: Spoke alone.');
});
