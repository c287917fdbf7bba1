import { chimeOn, setChime } from '../js/chime.js';
import { continues, entryOf } from '../js/conversation.js';
import { clockTime, dayLabel } from '../js/words.js';
import { assertEqual, test } from './runner.js';
import { viewOf } from './views.js';

const AT = '2025-03-04T10:15:00Z';
const NAMES = { alex: 'Alex Chen', sam: 'Sam Rivera', maya: 'Maya Ortiz' };
const alexLooking = viewOf({ id: 'alex', role: 'participant', status: 'active' }, NAMES);
const mayaLooking = viewOf({ id: 'maya', role: 'therapist', status: 'active' }, NAMES);
const event = (kind, actor, fields = {}) => ({ seq: 1, at: AT, kind, actor, actorName: NAMES[actor], target: 'alex', targetName: 'Alex Chen', text: 'Hi.', ...fields });

test('my words are on my side, the others\' on theirs, guidance in the middle, the rest a line', () => {
    assertEqual(entryOf(alexLooking, event('message', 'alex')).side, 'mine');
    assertEqual(entryOf(alexLooking, event('message', 'sam')).side, 'theirs');
    assertEqual(entryOf(mayaLooking, event('guidance', 'maya')).side, 'guide', 'even for the therapist who wrote it');
    assertEqual(entryOf(mayaLooking, event('note', 'maya')).side, 'mine');
    assertEqual(entryOf(alexLooking, event('whisper', 'maya')).label, 'Private to Alex Chen');
    assertEqual(entryOf(alexLooking, event('member_joined', 'sam')), { type: 'line', text: 'Sam Rivera joined the room.', time: clockTime(AT), attention: false });
    assertEqual(entryOf(mayaLooking, event('escalation', 'attune', { heat: 0.9, action: 'paused' })).attention, true, 'the therapist does not miss it');
    assertEqual(entryOf(alexLooking, event('something_new', 'sam')), null);
});

test('a group goes on for the same person on the same side within five minutes; guidance stands alone', () => {
    const group = { actor: 'sam', side: 'theirs', since: Date.parse(AT) };
    const later = (minutes, actor = 'sam', kind = 'message') => entryOf(alexLooking, event(kind, actor, { at: new Date(Date.parse(AT) + minutes * 60000).toISOString() }));
    assertEqual(continues(group, later(4)), true);
    assertEqual(continues(group, later(5)), false);
    assertEqual(continues(group, later(1, 'alex')), false);
    assertEqual(continues(null, later(1)), false);
    assertEqual(continues({ actor: 'maya', side: 'guide', since: Date.parse(AT) }, later(1, 'maya', 'guidance')), false);
});

test('a day reads as today, yesterday, or its date', () => {
    const now = new Date(2025, 2, 4, 18, 0).getTime();
    assertEqual(dayLabel(new Date(2025, 2, 4, 0, 5).toISOString(), now), 'Today');
    assertEqual(dayLabel(new Date(2025, 2, 3, 23, 55).toISOString(), now), 'Yesterday');
    const older = new Date(2025, 1, 20, 9, 0);
    assertEqual(dayLabel(older.toISOString(), now), older.toLocaleDateString([], { weekday: 'long', day: 'numeric', month: 'long' }));
    const lastYear = new Date(2024, 11, 31, 9, 0);
    assertEqual(dayLabel(lastYear.toISOString(), now).includes('2024'), true, 'another year says its year');
});

test('the chime is off until the person switches it on, and the choice is remembered', () => {
    const kept = new Map();
    const storage = { getItem: (key) => kept.get(key) ?? null, setItem: (key, value) => kept.set(key, value) };
    assertEqual(chimeOn(storage), false);
    setChime(true, storage);
    assertEqual(chimeOn(storage), true);
    setChime(false, storage);
    assertEqual(chimeOn(storage), false);
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    assertEqual(chimeOn(broken), false, 'no storage: no chime, no error');
    setChime(true, broken);
});

test('words said while practising carry a label that says they stay between the participants', () => {
    assertEqual(entryOf(alexLooking, event('message', 'sam', { audience: 'participants' })).label, 'Practice, between you');
    assertEqual(entryOf(alexLooking, event('message', 'sam')).label, '');
});
