import { alertText, describeEvent } from '../js/events.js';
import { TIME_OUT_REQUEST, TIME_OUT_WORDS, suggestsTimeOutToMe } from '../js/time-out-suggestion.js';
import { assertEqual, test } from './runner.js';
import { viewOf } from './views.js';

const AT = '2025-03-04T10:15:00Z';
const NAMES = { alex: 'Alex Chen', sam: 'Sam Rivera' };
const alexLooking = viewOf({ id: 'alex', role: 'participant', status: 'active' }, NAMES);
const samLooking = viewOf({ id: 'sam', role: 'participant', status: 'active' }, NAMES);
const mayaLooking = viewOf({ id: 'maya', role: 'therapist', status: 'active' }, NAMES);

function event(kind, signal, words) {
    return {
        type: 'event', seq: 9, at: AT, kind, actor: 'attune', actorName: 'Attune', target: 'alex', targetName: 'Alex Chen',
        audience: kind === 'pause_suggested' ? 'therapists_and_target' : 'therapists',
        signals: [{ signal, words }], heat: 0, amount: 0,
    };
}

test('a time-out suggestion is for its writer alone, never for the others', () => {
    const suggested = event('pause_suggested', 'flooding', 'my heart is racing');
    assertEqual(suggestsTimeOutToMe(alexLooking, suggested), true);
    assertEqual(suggestsTimeOutToMe(samLooking, suggested), false);
    assertEqual(suggestsTimeOutToMe(mayaLooking, suggested), false);
    assertEqual(describeEvent(alexLooking, suggested), null, 'the writer sees the card, not a line in the conversation');
});

test('the one tap asks for a flooded time-out of twenty minutes, in words that name nobody', () => {
    assertEqual(TIME_OUT_REQUEST, { type: 'request_pause', reason: 'flooded', minutes: 20 });
    assertEqual(TIME_OUT_WORDS.take, 'Take a time-out');
    assertEqual(/Only you can see this/.test(TIME_OUT_WORDS.body), true);
});

test('therapists read a time-out suggestion and a repair attempt in their console', () => {
    assertEqual(alertText(mayaLooking, event('pause_suggested', 'flooding', 'my heart is racing')).endsWith(
        'A time-out was suggested to Alex Chen alone: their words say they may be flooded (“my heart is racing”).'), true);
    assertEqual(alertText(mayaLooking, event('repair_attempt', 'repair_attempt', "I'm sorry")).endsWith(
        'Alex Chen tried to repair the conversation: “I\'m sorry”.'), true);
    assertEqual(alertText(alexLooking, event('repair_attempt', 'repair_attempt', "I'm sorry")), null);
});
