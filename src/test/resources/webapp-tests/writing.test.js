import { state } from '../js/state.js';
import {
    SHOWN_FOR_MS, SIGN_EVERY_MS, forgetWriting, isSignRefusal, nextSign, shownFor, showWriting, writerActed, writingLine,
} from '../js/writing.js';
import { assertEqual, test } from './runner.js';

const NOW = Date.parse('2026-12-03T07:00:00Z');
const quiet = { active: false, at: 0 };
const writing = { active: true, at: NOW };

test('a first keystroke for the room tells it; more within two seconds do not', () => {
    assertEqual(nextSign(quiet, 'I', true, NOW), true);
    assertEqual(nextSign(writing, 'I felt', true, NOW + 500), null);
    assertEqual(nextSign(writing, 'I felt left out', true, NOW + SIGN_EVERY_MS), true);
});

test('an emptied or sent box tells the room the person stopped, once', () => {
    assertEqual(nextSign(writing, '', true, NOW + 100), false);
    assertEqual(nextSign(writing, '   ', true, NOW + 100), false);
    assertEqual(nextSign(quiet, '', true, NOW + 100), null);
});

test('writing to the therapist alone, a whisper or a note never tells the room, and ends a line already given', () => {
    assertEqual(nextSign(quiet, 'Only for you, Maya', false, NOW), null);
    assertEqual(nextSign(quiet, 'Only for you, Maya', false, NOW + 10 * SIGN_EVERY_MS), null);
    assertEqual(nextSign(writing, 'Actually, only for you', false, NOW + 100), false);
});

test('the line names who is writing, and nobody when nobody is', () => {
    assertEqual(writingLine([]), '');
    assertEqual(writingLine(['Alex Chen']), 'Alex Chen is writing…');
    assertEqual(writingLine(['Alex Chen', 'Sam Rivera']), 'Alex Chen and Sam Rivera are writing…');
    assertEqual(writingLine(['Jo', 'Kim', 'Lee']), 'Jo, Kim and Lee are writing…');
});

test('a line shows until its time, or its full six seconds when this clock disagrees with the server', () => {
    assertEqual(shownFor(new Date(NOW + 4000).toISOString(), NOW), 4000);
    assertEqual(shownFor(new Date(NOW - 1000).toISOString(), NOW), SHOWN_FOR_MS);
    assertEqual(shownFor(new Date(NOW + 60000).toISOString(), NOW), SHOWN_FOR_MS);
});

test("a sign's refusal is not shown; a message's is", () => {
    assertEqual(isSignRefusal({ type: 'error', id: 'typing-abc-3', code: 'not_your_turn' }), true);
    assertEqual(isSignRefusal({ type: 'error', id: 'abc-3', code: 'not_your_turn' }), false);
    assertEqual(isSignRefusal({ type: 'error', id: null, code: 'bad_request' }), false);
});

test("the line comes with a partner's sign, and goes with their message or when they stop", () => {
    const line = document.createElement('p');
    line.id = 'writing';
    document.body.append(line);
    const you = state.you;
    state.you = { id: 'sam', role: 'participant', status: 'active' };
    try {
        const until = new Date(Date.now() + 6000).toISOString();
        showWriting({ type: 'writing', member: 'alex', name: 'Alex Chen', active: true, until });
        assertEqual(line.textContent, 'Alex Chen is writing…');
        showWriting({ type: 'writing', member: 'sam', name: 'Sam Rivera', active: true, until });
        assertEqual(line.textContent, 'Alex Chen is writing…', 'never one\'s own line');
        writerActed({ type: 'event', kind: 'message', actor: 'alex' });
        assertEqual(line.textContent, '');
        showWriting({ type: 'writing', member: 'alex', name: 'Alex Chen', active: true, until });
        showWriting({ type: 'writing', member: 'alex', name: 'Alex Chen', active: false });
        assertEqual(line.textContent, '');
    } finally {
        forgetWriting();
        state.you = you;
        line.remove();
    }
});
