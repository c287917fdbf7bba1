import { alertText, describeEvent } from '../js/events.js';
import { CYCLE_WORDS, cycleOf, foldCycle, inOwnWords, markable, partLines, promptIsForMe, setCycleCommand, tagCommand } from '../js/cycle-map.js';
import { language, useLanguage } from '../js/i18n.js';
import { cyclePrompt } from '../js/server-words.js';
import { assertEqual, test } from './runner.js';
import { viewOf } from './views.js';

const AT = '2025-03-04T10:15:00Z';
const NAMES = { alex: 'Alex Chen', sam: 'Sam Rivera' };
const alexLooking = viewOf({ id: 'alex', role: 'participant', status: 'active' }, NAMES);
const samLooking = viewOf({ id: 'sam', role: 'participant', status: 'active' }, NAMES);
const mayaLooking = viewOf({ id: 'maya', role: 'therapist', status: 'active' }, NAMES);

const ALEX_PART = { move: 'pursue', surface: 'anger', softer: ['hurt', 'rejection'], need: 'to_matter', words: 'I want to count.' };

function updated(target, cycle, version) {
    return {
        type: 'event', seq: 5, at: AT, kind: 'cycle_map_updated', actor: 'maya', actorName: 'Maya Ortiz',
        target, targetName: NAMES[target], cycle, version, amount: version,
    };
}

const PROMPT = {
    type: 'event', seq: 9, at: AT, kind: 'cycle_prompt', actor: 'attune', actorName: 'Attune', target: 'alex',
    targetName: 'Alex Chen', audience: 'therapists_and_target', text: 'Under the anger, is there hurt?',
};

test('the welcome\'s map and each new version fold into one map by person', () => {
    const map = cycleOf({ version: 1, entries: [{ member: 'alex', version: 1, ...ALEX_PART }], versions: [] });
    assertEqual(map.version, 1);
    assertEqual(map.entries.get('alex').surface, 'anger');
    const next = foldCycle(map, updated('sam', { move: 'withdraw', surface: 'going quiet', softer: ['shame'], need: 'to_be_safe' }, 2));
    assertEqual(next.version, 2);
    assertEqual([...next.entries.keys()], ['alex', 'sam']);
    assertEqual(next.entries.get('sam').version, 2);
    assertEqual(map.entries.size, 1, 'the earlier map stays as it was');
    assertEqual(foldCycle(next, PROMPT) === next, true, 'other events change nothing');
    assertEqual(cycleOf(undefined).version, 0);
});

test('a part reads in plain words, with the person\'s own words last', () => {
    assertEqual(partLines(ALEX_PART), [
        ['When the cycle starts', 'pursue'],
        ['On the surface', 'anger'],
        ['Underneath', 'hurt, feeling rejected'],
        ['The need', 'to matter'],
        ['In their words', '“I want to count.”'],
    ]);
    assertEqual(/not either of you/.test(CYCLE_WORDS.intro), true);
});

test('the prompt toward the softer emotion is for its writer alone', () => {
    assertEqual(promptIsForMe(alexLooking, PROMPT), true);
    assertEqual(promptIsForMe(samLooking, PROMPT), false);
    assertEqual(promptIsForMe(mayaLooking, PROMPT), false);
    assertEqual(describeEvent(alexLooking, PROMPT), null, 'the writer sees the card, not a line in the conversation');
    assertEqual(describeEvent(mayaLooking, PROMPT).text, 'Alex Chen was asked privately: Under the anger, is there hurt?');
});

test('the room line names nobody, the map update says whose part, tags are for therapists only', () => {
    const named = { type: 'event', seq: 8, at: AT, kind: 'cycle_named', actor: 'attune', actorName: 'Attune', text: 'Your cycle may be showing up.' };
    assertEqual(describeEvent(samLooking, named).text, 'Your cycle may be showing up.');
    assertEqual(describeEvent(alexLooking, updated('alex', ALEX_PART, 1)).text, 'Maya Ortiz updated your part of the cycle map.');
    assertEqual(describeEvent(samLooking, updated('alex', ALEX_PART, 1)).text, "Maya Ortiz updated Alex Chen's part of the cycle map.");
    const tag = { type: 'event', seq: 10, at: AT, kind: 'cycle_step_tagged', actor: 'maya', actorName: 'Maya Ortiz', target: 'alex', targetName: 'Alex Chen', audience: 'therapists', message: 4, cycleStep: 'softer', amount: 4 };
    assertEqual(describeEvent(alexLooking, tag), null);
    assertEqual(describeEvent(mayaLooking, tag).text, "Maya Ortiz marked Alex Chen's message as a step of their cycle: softer.");
    assertEqual(alertText(mayaLooking, named), null);
});

test('saving a part sends set_cycle with its wire names, own words only when given', () => {
    assertEqual(setCycleCommand('sam', { move: 'withdraw', surface: ' numb ', softer: ['fear'], need: 'to_be_safe', words: '  ' }),
        { type: 'set_cycle', member: 'sam', move: 'withdraw', surface: 'numb', softer: ['fear'], need: 'to_be_safe' });
    assertEqual(setCycleCommand('alex', { ...ALEX_PART, words: ' I want to count. ' }).words, 'I want to count.');
});

test('a therapist marks participants\' recent messages, newest first, as a step of their writer\'s cycle', () => {
    const view = viewOf({ id: 'maya', role: 'therapist', status: 'active' }, NAMES);
    view.members.get('alex').role = 'participant';
    view.members.set('maya', { id: 'maya', name: 'Maya Ortiz', role: 'therapist' });
    const said = (seq, actor, kind = 'message') => ({ type: 'event', seq, at: AT, kind, actor, actorName: 'x', text: `words ${seq}` });
    let list = markable([], said(3, 'alex'), view);
    list = markable(list, said(4, 'maya', 'guidance'), view);
    list = markable(list, said(5, 'maya'), view);
    list = markable(list, said(6, 'alex', 'paraphrase'), view);
    assertEqual(list.map((m) => m.seq), [6, 3], 'only participants\' words');
    assertEqual(tagCommand(list[1], 'softer'), { type: 'tag_cycle_step', seq: 3, member: 'alex', step: 'softer' });
});

test('a prompt toward the softer emotion reads from the person\'s own part, for the therapist too, in the page\'s language', () => {
    const map = cycleOf({ version: 1, entries: [{ member: 'alex', version: 1, ...ALEX_PART }], versions: [] });
    const before = language();
    try {
        useLanguage('fr');
        const prompt = inOwnWords(structuredClone(PROMPT), map);
        assertEqual(prompt.text, cyclePrompt(ALEX_PART));
        assertEqual(prompt.text.startsWith('Sous') && prompt.text.includes('anger'), true, prompt.text);
        assertEqual(describeEvent(mayaLooking, prompt).text.endsWith(prompt.text), true, 'the therapist\'s line says it in French too');
    } finally {
        useLanguage(before);
    }
    const gone = inOwnWords(structuredClone(PROMPT), cycleOf(undefined));
    assertEqual(gone.text, PROMPT.text, 'without the part, the server\'s words');
});
