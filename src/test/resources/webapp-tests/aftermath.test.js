import { aftermathControls, feelingsCommands, ownWords } from '../js/aftermath.js';
import { describeEvent } from '../js/events.js';
import { composerState, stemPrefill, turnControls, turnSummary } from '../js/turns.js';
import { assertEqual, test } from './runner.js';
import { viewOf } from './views.js';

const NAMES = { alex: 'Alex Chen', sam: 'Sam Rivera' };
const participant = (id) => ({ id, role: 'participant', status: 'active' });
const looking = (id, turn) => viewOf(participant(id), NAMES, { sessionRunning: true, pause: null, turn });
const CHOICES = [{ feeling: 'defensive', label: 'defensive' }, { feeling: 'hurt', label: 'hurt' }];

test('the calm check: every participant rates, nobody writes yet, the room reads why it waits', () => {
    const t = { protocol: 'repair', phase: 'calm_check', step: 'calm_check', order: ['alex'] };
    assertEqual(aftermathControls(looking('sam', t), t), { calm: true, feelings: null, apology: false });
    assertEqual(composerState(looking('sam', t)).ok, false);
    assertEqual(composerState(looking('sam', t)).why, 'First, say how calm you feel. There is no hurry.');
    assertEqual(turnSummary(looking('alex', t), t),
        'Before the repair begins, each of you says how calm you feel. It begins when everyone feels calm enough.');
    const therapist = viewOf({ id: 'maya', role: 'therapist', status: 'active' }, NAMES, { turn: t });
    assertEqual(aftermathControls(therapist, t).calm, false);
});

test('the feelings are offered only to the one whose feelings it is', () => {
    const t = { protocol: 'repair', phase: 'answering', step: 'feelings', stepBy: 'sam', choices: CHOICES, order: [] };
    assertEqual(aftermathControls(looking('sam', t), t).feelings, CHOICES);
    assertEqual(aftermathControls(looking('alex', t), t).feelings, null);
});

test('chosen feelings go first, done when no words of ones own follow', () => {
    assertEqual(ownWords('I felt ', 'I felt…'), '');
    assertEqual(ownWords('I felt lonely at the end.', 'I felt…'), 'I felt lonely at the end.');
    assertEqual(feelingsCommands(['hurt'], ''), [{ type: 'choose_feelings', feelings: ['hurt'], done: true }]);
    assertEqual(feelingsCommands(['hurt', 'defensive'], 'And lonely.'), [
        { type: 'choose_feelings', feelings: ['hurt', 'defensive'], done: false },
        { type: 'say', text: 'And lonely.' },
    ]);
    assertEqual(feelingsCommands([], 'And lonely.'), [{ type: 'say', text: 'And lonely.' }]);
    assertEqual(feelingsCommands([], ''), []);
});

test('an apology is answered with the buttons: no pass, no message first', () => {
    const t = { protocol: 'repair', phase: 'answering', step: 'apology_answer', stepBy: 'alex', order: [] };
    assertEqual(aftermathControls(looking('alex', t), t).apology, true);
    assertEqual(aftermathControls(looking('sam', t), t).apology, false);
    assertEqual(turnControls(looking('alex', t), t).passFloor, false);
    assertEqual(composerState(looking('alex', t)).why, 'First say whether you accept the apology, with the buttons above.');
    assertEqual(stemPrefill(looking('alex', t), { ...t, stem: 'I accept your apology… / Not yet.' }), null);
    assertEqual(turnSummary(looking('sam', t), t), 'Alex Chen answers: the answer to the apology.');
    const need = { ...t, step: 'apology_need' };
    assertEqual(turnSummary(looking('alex', need), need), 'You answer: what is still needed.');
    assertEqual(composerState(looking('alex', need)).ok, true);
    const validation = { ...t, step: 'realities_validation' };
    assertEqual(turnControls(looking('alex', validation), validation).passFloor, false);
    assertEqual(composerState(looking('alex', validation)).ok, true);
});

test('chosen feelings and an apology answer read in the room', () => {
    const view = looking('sam', null);
    const chosen = { kind: 'feelings_chosen', actor: 'alex', actorName: 'Alex Chen', at: '2026-11-28T10:00:00Z', feelings: CHOICES, done: true };
    assertEqual(describeEvent(view, chosen).text, 'Alex Chen: “I felt defensive, hurt.”');
    const notYet = { kind: 'apology_answered', actor: 'alex', actorName: 'Alex Chen', at: '2026-11-28T10:00:00Z', accepted: false };
    assertEqual(describeEvent(view, notYet).text, 'Alex Chen: “Not yet.”');
    assertEqual(describeEvent(view, { ...notYet, accepted: true }).text, 'Alex Chen: “I accept your apology.”');
});
