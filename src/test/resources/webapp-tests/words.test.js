import {
    checkInLine, checkLine, clockTime, coachingLines, emergencyLine, invitationOffer, list, pauseCountdown, resourceLine, roomSummary,
    safetyNote, talkSummary, timeLeft, waitedFor, who,
} from '../js/words.js';
import { assertEqual, assertMatch, test } from './runner.js';
import { viewOf } from './views.js';

const alexLooking = viewOf({ id: 'alex', role: 'participant', status: 'active' }, { alex: 'Alex Chen', sam: 'Sam Rivera' });

test('who: "You" for the person looking, the name of anyone else, "Someone" and "Nobody" otherwise', () => {
    assertEqual(who(alexLooking, 'alex'), 'You');
    assertEqual(who(alexLooking, 'alex', true), 'you');
    assertEqual(who(alexLooking, 'sam'), 'Sam Rivera');
    assertEqual(who(alexLooking, 'sam', true), 'Sam Rivera');
    assertEqual(who(alexLooking, 'stranger'), 'Someone');
    assertEqual(who(alexLooking, 'stranger', true), 'someone');
    assertEqual(who(alexLooking, null), 'Nobody');
    assertEqual(who(alexLooking, null, true), 'nobody');
});

test('a list of people names each from the point of view of the person looking', () => {
    assertEqual(list(alexLooking, ['sam', 'alex', 'x']), 'Sam Rivera, You, Someone');
    assertEqual(list(alexLooking, []), '');
});

test('time left reads as minutes and seconds, never below zero', () => {
    const now = Date.parse('2025-03-04T10:00:00Z');
    assertEqual(timeLeft('2025-03-04T10:04:05Z', now), '4:05');
    assertEqual(timeLeft('2025-03-04T10:00:09.6Z', now), '0:10');
    assertEqual(timeLeft('2025-03-04T11:00:00Z', now), '60:00');
    assertEqual(timeLeft('2025-03-04T09:59:00Z', now), '0:00');
});

test('a time of day shows hours and minutes', () => {
    assertMatch(clockTime(new Date(2025, 2, 4, 9, 5).toISOString()), /09.05/);
});

test('a room on the home screen says its kind, who moderates and the person\'s part', () => {
    assertEqual(roomSummary({ kind: 'couple', mode: 'moderated', yourRole: 'therapist' }), 'couple, moderated, you are its therapist');
    assertEqual(roomSummary({ kind: 'family', mode: 'guided', yourRole: 'participant' }), 'family, guided, you are a participant');
    assertEqual(roomSummary({ kind: 'couple', mode: 'other', yourRole: 'participant' }), 'couple, moderated, you are a participant');
    assertEqual(roomSummary({ kind: 'family', mode: 'moderated', yourRole: 'observer' }), 'family, moderated, you are an observer');
});

test('an invitation link says who invites, to which room and as what, before anyone joins', () => {
    assertEqual(
        invitationOffer({ invitedBy: 'Maya Ortiz', roomName: 'Alex and Sam', roomKind: 'couple', role: 'participant' }),
        'Maya Ortiz invited you to join “Alex and Sam”, a room for a couple, as a participant.');
    assertEqual(
        invitationOffer({ invitedBy: 'Maya Ortiz', roomName: 'The Parkers', roomKind: 'family', role: 'observer' }),
        'Maya Ortiz invited you to join “The Parkers”, a room for a family, as an observer.');
});

test('how much someone has said, in singular and plural', () => {
    assertEqual(talkSummary({ turns: 1, messages: 2, words: 0 }), '1 turn, 2 messages, 0 words');
    assertEqual(talkSummary({ turns: 0, messages: 1, words: 1 }), '0 turns, 1 message, 1 word');
});

test('the calm screen counts down to the check-in, and says nothing once it opens', () => {
    const now = Date.parse('2025-03-04T10:00:00Z');
    assertEqual(pauseCountdown({ until: '2025-03-04T10:01:30Z', checkingIn: false }, now), 'The check-in opens in 1:30.');
    assertEqual(pauseCountdown({ until: '2025-03-04T10:01:30Z', checkingIn: true }, now), '');
    assertEqual(pauseCountdown(null, now), '');
});

test('the check-in list says who is ready and how calm they said they are', () => {
    const view = { ...alexLooking, pause: { checkingIn: true, ready: ['sam', 'alex'], calm: { sam: 3 } } };
    assertEqual(checkInLine(view, 'sam'), 'Sam Rivera: ready, calm 3 of 5');
    assertEqual(checkInLine(view, 'alex'), 'You: ready');
});

test('the private note with offered resources says where the words went and who follows up, by the room\'s mode', () => {
    assertEqual(safetyNote('moderated', 'held'), 'What you wrote was not sent to the room: only your therapist can see it. Your therapist will read it. If you would like the others to read it, you can share it. You are not alone: these people are there for you right now.');
    assertEqual(safetyNote('guided', 'held'), 'What you wrote was not sent to the room: only your therapist can see it. Someone from your practice will read it and follow up. If you would like the others to read it, you can share it. You are not alone: these people are there for you right now.');
    assertEqual(safetyNote('moderated', 'private_line'), 'Your therapist will read it. You are not alone: these people are there for you right now.');
    assertEqual(safetyNote('moderated', 'room_paused'), 'While the room pauses: if you ever feel unsafe, these people are there for you, any time.');
});

test('after words that raised an alert, the note says truthfully who follows up, and when', () => {
    assertEqual(safetyNote('moderated', 'private_line', 'therapist_here'), 'Your therapist is here and will read it now. You are not alone: these people are there for you right now.');
    assertEqual(safetyNote('moderated', 'private_line', 'therapist_away', 10),
        'Your therapist is not in the room just now; the practice\'s on-call clinician has been told and will follow up within about 10 minutes. You are not alone: these people are there for you right now.');
    assertEqual(safetyNote('guided', 'held', 'on_call', 1),
        'What you wrote was not sent to the room: only your therapist can see it. The practice\'s on-call clinician has been told and will follow up within about a minute. If you would like the others to read it, you can share it. You are not alone: these people are there for you right now.');
    assertEqual(safetyNote('moderated', 'private_line', 'practice'),
        'Your therapist is not in the room just now; they or someone from your practice will read it and follow up. You are not alone: these people are there for you right now.');
});

test('after a check-in answered no or not sure, the note says only that the answer went, and who follows up', () => {
    assertEqual(safetyNote('moderated', 'safe_to_talk', 'therapist_here'),
        'Your answer went to your therapist. Whenever you need them, these people are there for you, any time.');
    assertEqual(safetyNote('moderated', 'safe_to_talk', 'therapist_away', 10),
        'Your answer went to your therapist. Someone from your practice will be in touch within about 10 minutes. '
        + 'Whenever you need them, these people are there for you, any time.');
    assertEqual(safetyNote('moderated', 'safe_to_talk', 'practice'),
        'Your answer went to your therapist. Your therapist or someone from your practice will follow up. '
        + 'Whenever you need them, these people are there for you, any time.');
});

test('a check-in in the therapist\'s console: waiting for how long, or answered after how long', () => {
    const check = { targetName: 'Sam Rivera', at: '2025-03-04T10:15:00Z' };
    assertEqual(checkLine(check, Date.parse('2025-03-04T10:18:30Z')),
        `Sam Rivera: asked at ${clockTime(check.at)}, no answer yet (waiting 3 minutes).`);
    assertEqual(checkLine({ ...check, answer: 'yes', answeredAt: '2025-03-04T10:16:00Z' }),
        'Sam Rivera: Yes, safe to talk now (answered after 1 minute).');
    assertEqual(checkLine({ ...check, answer: 'not_sure', answeredAt: '2025-03-04T10:15:20Z' }),
        'Sam Rivera: Not sure it is safe to talk right now (answered after less than a minute). '
        + 'Help lines were offered to them privately; the room was not paused, so only you know.');
});

test('how long an alert has waited reads in minutes, then hours', () => {
    const at = '2025-03-04T10:00:00Z';
    assertEqual(waitedFor(at, Date.parse('2025-03-04T10:00:40Z')), 'less than a minute');
    assertEqual(waitedFor(at, Date.parse('2025-03-04T10:01:10Z')), '1 minute');
    assertEqual(waitedFor(at, Date.parse('2025-03-04T10:12:00Z')), '12 minutes');
    assertEqual(waitedFor(at, Date.parse('2025-03-04T11:05:00Z')), '1 h 5 min');
});

test('crisis help lists the emergency number and each resource, with when it answers', () => {
    assertEqual(emergencyLine({ emergency: '112' }), 'In an emergency, call 112.');
    assertEqual(resourceLine({ name: 'Crisis line', contact: '0800 111 0 111', when: '24/7' }), 'Crisis line: 0800 111 0 111 (24/7)');
    assertEqual(resourceLine({ name: 'Your practice', contact: 'care@example.org' }), 'Your practice: care@example.org');
});

test('coaching reads as a heading, each signal with its advice, and the rewrite hint', () => {
    const frame = { signals: [{ words: 'you always', advice: 'Speak about this one time.' }], hint: 'Try: I feel … about … and I need …', concerns: [] };
    assertEqual(coachingLines(frame), ['Before you send it:', '“you always”: Speak about this one time.', 'Try: I feel … about … and I need …']);
    assertEqual(coachingLines({ signals: [], hint: 'Sounds calm.', concerns: [] }), ['Your wording', 'Sounds calm.']);
});
