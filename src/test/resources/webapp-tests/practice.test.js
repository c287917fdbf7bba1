import { defaultDue, foldPractice, sittingLine } from '../js/practice.js';
import { describeEvent } from '../js/events.js';
import { assertEqual, test } from './runner.js';

const empty = { practices: [], underWay: 0, reminders: null };

test('a practice given, sat down to and done together reads as done, with its sitting in figures', () => {
    let book = foldPractice(empty, {
        kind: 'practice_assigned', seq: 12, practiceKind: 'appreciation', due: '2026-12-10T19:00:00Z', at: '2026-12-03T18:00:00Z',
    });
    assertEqual(book.practices.length, 1);
    assertEqual(book.practices[0].status, 'open');
    book = foldPractice(book, { kind: 'practice_started', practice: 12 });
    assertEqual(book.underWay, 12);
    book = foldPractice(book, {
        kind: 'practice_done', practice: 12, at: '2026-12-05T19:10:00Z', seconds: 600, turns: 2, messages: { a: 1, s: 1 },
    });
    assertEqual(book.underWay, 0);
    assertEqual(book.practices[0].status, 'done');
    assertEqual(sittingLine(book.practices[0].sittings[0], (id) => ({ a: 'Alex', s: 'Sam' })[id]),
        '10 minutes, 2 turns; messages: Alex 1, Sam 1');
});

test('a sitting where only one spoke leaves the practice open', () => {
    let book = foldPractice(empty, { kind: 'practice_assigned', seq: 3, practiceKind: 'appreciation', due: 'x', at: 'y' });
    book = foldPractice(book, { kind: 'practice_done', practice: 3, at: 'z', seconds: 30, turns: 1, messages: { a: 1, s: 0 } });
    assertEqual(book.practices[0].status, 'open');
    assertEqual(sittingLine(book.practices[0].sittings[0], () => 'X'), 'under a minute, 1 turn; messages: X 1, X 0');
});

test('other events leave the practice as it was', () => {
    assertEqual(foldPractice(empty, { kind: 'message' }) === empty, true);
});

test('the default due time is a week ahead at eight in the evening', () => {
    assertEqual(defaultDue(new Date(2026, 11, 3, 9, 30)), '2026-12-10T20:00');
});

test('words said while practising are labelled as between the participants', () => {
    const view = { you: { id: 'a', role: 'participant' }, members: new Map() };
    const shown = describeEvent(view, {
        kind: 'message', actor: 's', actorName: 'Sam', at: '2026-12-05T19:00:00Z', text: 'Thank you.', audience: 'participants',
    });
    assertEqual(shown.meta.includes('Practice, between you'), true);
});

test('a practice given is listed once, also when its event is replayed', () => {
    const given = { kind: 'practice_assigned', seq: 5, practiceKind: 'appreciation', due: 'x', at: 'y' };
    const once = foldPractice(empty, given);
    assertEqual(foldPractice(once, given).practices.length, 1);
});
