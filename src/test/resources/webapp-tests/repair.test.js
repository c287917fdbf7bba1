import { describeEvent } from '../js/events.js';
import {
    REPAIR_WORDS, acceptCommand, acceptedLine, foldRepairs, knowRepairs, mayAccept, offerCommand, offeredLine, repairsOf,
} from '../js/repair.js';
import { assertEqual, test } from './runner.js';
import { viewOf } from './views.js';

const AT = '2025-03-04T10:15:00Z';
const NAMES = { alex: 'Alex Chen', sam: 'Sam Rivera' };
const alexLooking = viewOf({ id: 'alex', role: 'participant', status: 'active' }, NAMES);
const samLooking = viewOf({ id: 'sam', role: 'participant', status: 'active' }, NAMES);
const mayaLooking = viewOf({ id: 'maya', role: 'therapist', status: 'active' }, NAMES);

const WELCOME = {
    phrases: [
        { key: 'calm_down', text: 'I need to calm down.' },
        { key: 'sorry', text: 'I\'m sorry.' },
        { key: 'my_part', text: 'I see my part in this.' },
    ],
    open: [{ offer: 4, member: 'sam', phrase: 'my_part' }],
};

function offered(seq, actor, phrase, text, replaces) {
    const event = { type: 'event', seq, at: AT, kind: 'repair_offered', actor, actorName: NAMES[actor], phrase, text };
    return replaces ? { ...event, replaces } : event;
}

function accepted(seq, actor, offer, offerer, phrase) {
    return {
        type: 'event', seq, at: AT, kind: 'repair_accepted', actor, actorName: NAMES[actor], target: offerer,
        targetName: NAMES[offerer], offer, phrase,
    };
}

test('the welcome gives the phrases in order and the open offers by their seq', () => {
    const repairs = repairsOf(WELCOME);
    assertEqual([...repairs.phrases.keys()], ['calm_down', 'sorry', 'my_part']);
    assertEqual(repairs.open.get(4), { member: 'sam', phrase: 'my_part' });
    assertEqual(repairsOf(undefined).open.size, 0);
});

test('an offer opens, a newer one of the same person replaces it, an acceptance or the session\'s end closes it', () => {
    let open = repairsOf(WELCOME).open;
    open = foldRepairs(open, offered(7, 'alex', 'calm_down', 'I need to calm down.'));
    open = foldRepairs(open, offered(9, 'alex', 'sorry', 'I\'m sorry.', 7));
    assertEqual([...open.keys()], [4, 9]);
    const before = open;
    open = foldRepairs(open, accepted(10, 'sam', 9, 'alex', 'sorry'));
    assertEqual([...open.keys()], [4]);
    assertEqual(before.size, 2, 'the earlier map stays as it was');
    assertEqual(foldRepairs(open, { seq: 11, kind: 'message', actor: 'sam' }) === open, true, 'other events change nothing');
    assertEqual(foldRepairs(open, { seq: 12, kind: 'member_removed', actor: 'maya', target: 'sam' }).size, 0);
    assertEqual(foldRepairs(before, { seq: 13, kind: 'session_ended', actor: 'maya' }).size, 0);
});

test('only another participant may accept an open offer', () => {
    const open = foldRepairs(new Map(), offered(7, 'alex', 'sorry', 'I\'m sorry.'));
    assertEqual(mayAccept(samLooking, open, 7), true);
    assertEqual(mayAccept(alexLooking, open, 7), false, 'not one\'s own');
    assertEqual(mayAccept(mayaLooking, open, 7), false, 'not a therapist');
    assertEqual(mayAccept(samLooking, open, 8), false, 'not a closed or unknown offer');
});

test('an offer and its acceptance read as gentle lines in the phrase\'s own words', () => {
    knowRepairs(WELCOME);
    const offer = offered(7, 'alex', 'sorry', 'I\'m sorry.');
    assertEqual(offeredLine(samLooking, offer), 'Alex Chen offered a repair: “I\'m sorry.”');
    assertEqual(offeredLine(alexLooking, offer), 'You offered a repair: “I\'m sorry.”');
    const yes = accepted(8, 'sam', 7, 'alex', 'sorry');
    assertEqual(acceptedLine(alexLooking, yes), 'Sam Rivera accepted: I\'m sorry.');
    assertEqual(acceptedLine(samLooking, yes), 'You accepted: I\'m sorry.');
    assertEqual(describeEvent(mayaLooking, yes).text, 'Sam Rivera accepted: I\'m sorry.');
    assertEqual(describeEvent(samLooking, offer).className, 'notice');
});

test('the commands carry the phrase\'s key and the offer\'s seq', () => {
    assertEqual(offerCommand('sorry'), { type: 'offer_repair', phrase: 'sorry' });
    assertEqual(acceptCommand(7), { type: 'accept_repair', offer: 7 });
    assertEqual(REPAIR_WORDS.accept, 'Accept');
});
