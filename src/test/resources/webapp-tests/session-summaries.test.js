import { repairTrend, trendForRoom } from '../js/session-summaries.js';
import { assertEqual, test } from './runner.js';

const rupture = {};

test('the time to repair reads session by session, oldest first, saying when not all were repaired', () => {
    assertEqual(repairTrend([
        { number: 1, ruptures: [rupture, rupture], repaired: 2, medianSecondsToRepair: 420 },
        { number: 2, ruptures: [], repaired: 0, medianSecondsToRepair: null },
        { number: 3, ruptures: [rupture], repaired: 0, medianSecondsToRepair: null },
        { number: 4, ruptures: [rupture, rupture], repaired: 1, medianSecondsToRepair: 45 },
    ]), 'Time from a rupture to its repair: session 1: 7 minutes · session 3: not repaired within the session'
        + ' · session 4: 45 s (1 of 2 repaired).');
});

test('sessions without a rupture say so', () => {
    assertEqual(repairTrend([{ number: 1, ruptures: [], repaired: 0, medianSecondsToRepair: null }]),
        'No rupture in any session so far.');
});

test('the trend for the room says only how long repairs took, roughly, and nothing when none was repaired', () => {
    assertEqual(trendForRoom([
        { number: 1, ruptures: [rupture], repaired: 1, medianSecondsToRepair: 420 },
        { number: 2, ruptures: [rupture], repaired: 0, medianSecondsToRepair: null },
        { number: 3, ruptures: [rupture], repaired: 1, medianSecondsToRepair: 20 },
        { number: 4, ruptures: [rupture], repaired: 1, medianSecondsToRepair: 70 },
    ]), 'Finding your way back to each other after a hard moment, session by session (the time from a rupture to its'
        + ' repair): session 1, about 7 minutes; session 3, under a minute; session 4, about a minute.');
    assertEqual(trendForRoom([{ number: 1, ruptures: [rupture], repaired: 0, medianSecondsToRepair: null }]), null);
});
