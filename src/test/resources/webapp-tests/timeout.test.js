import { describeEvent } from '../js/events.js';
import { FLOODED_ABOVE_BPM, beatsPerMinute, pulseAdvice } from '../js/pulse.js';
import { backAtLine, clockTime, extendedLine, waitingLine } from '../js/words.js';
import { assertEqual, assertMatch, test } from './runner.js';
import { viewOf } from './views.js';

const samLooking = viewOf({ id: 'sam', role: 'participant', status: 'active' }, { alex: 'Alex Chen', sam: 'Sam Rivera' });
const alexLooking = viewOf({ id: 'alex', role: 'participant', status: 'active' }, { alex: 'Alex Chen', sam: 'Sam Rivera' });
const until = new Date(2026, 11, 2, 19, 40).toISOString();

test('a pulse counted for 15 seconds, times four, is beats a minute', () => {
    assertEqual(beatsPerMinute('18'), 72);
    assertEqual(beatsPerMinute(26), 104);
    assertEqual(beatsPerMinute('25'), 100);
    assertEqual(beatsPerMinute(''), null);
    assertEqual(beatsPerMinute('0'), null);
    assertEqual(beatsPerMinute('12.5'), null);
    assertEqual(beatsPerMinute('101'), null);
    assertEqual(FLOODED_ABOVE_BPM, 100);
});

test('above 100 beats a minute the page suggests staying in the break at least twenty minutes', () => {
    const flooded = pulseAdvice(beatsPerMinute(26));
    assertEqual(flooded.stay, true);
    assertMatch(flooded.text, /104 beats a minute/);
    assertMatch(flooded.text, /at least 20 minutes/);
    const settling = pulseAdvice(beatsPerMinute(25));
    assertEqual(settling.stay, false, 'exactly 100 is not above 100');
    assertMatch(settling.text, /100 beats a minute\. Your body is settling/);
    assertEqual(pulseAdvice(null).stay, false);
});

test('the others see when whoever called a time-out will be back; the caller sees their own promise', () => {
    assertMatch(clockTime(until), /(19|07).40/);
    assertEqual(backAtLine(samLooking, { reason: 'flooded', by: 'alex', until }), `Alex Chen will be back at ${clockTime(until)}.`);
    assertEqual(backAtLine(alexLooking, { reason: 'break', by: 'alex', until }), `You said you will be back at ${clockTime(until)}.`);
    assertEqual(backAtLine(samLooking, { reason: 'therapist', by: 'maya', until }), '', 'a therapist\'s pause promises nothing');
    assertEqual(backAtLine(samLooking, { reason: 'escalation', by: 'attune', until }), '');
});

test('more time and a check-in that waits read calmly and name nobody', () => {
    assertEqual(extendedLine(until), `The break goes on until ${clockTime(until)}.`);
    assertEqual(waitingLine('therapist'), 'The room waits for everyone before it goes on. Your therapist knows.');
    assertEqual(waitingLine('on_call'), 'The room waits for everyone before it goes on. The practice has been told.');
    assertEqual(waitingLine('practice'), 'The room waits for everyone before it goes on. The practice has been told.');
});

test('the transcript tells the room the break goes on and that it waits for everyone, naming nobody', () => {
    const at = until;
    const extended = describeEvent(samLooking, { kind: 'pause_extended', actor: 'attune', actorName: 'Attune', at, until });
    assertEqual(extended.text, `The break goes on until ${clockTime(until)}.`);
    const waiting = describeEvent(samLooking, { kind: 'check_in_waiting', actor: 'attune', actorName: 'Attune', at, told: 'on_call' });
    assertEqual(waiting.text, 'The room waits for everyone before it goes on. The practice has been told.');
    const maya = viewOf({ id: 'maya', role: 'therapist', status: 'active' }, { alex: 'Alex Chen', sam: 'Sam Rivera' });
    const asked = { kind: 'more_time', actor: 'sam', actorName: 'Sam Rivera', target: 'sam', at, until };
    assertEqual(describeEvent(maya, asked).text, `Sam Rivera asked for more time, until ${clockTime(until)}.`);
    assertEqual(describeEvent(samLooking, asked).text, 'You took more time.');
    assertEqual(describeEvent(samLooking, { kind: 'more_time_offered', actor: 'attune', actorName: 'Attune', target: 'sam', at, amount: 10 }), null,
        'the offer is asked on the calm screen, not in the transcript');
});
