import { bannerHeadline, composerState, nextAt, stemPrefill, turnControls, turnOwner, turnStateText, turnSummary, upcomingOrder } from '../js/turns.js';
import { assertEqual, test } from './runner.js';
import { viewOf } from './views.js';

const NAMES = { alex: 'Alex Chen', sam: 'Sam Rivera', jo: 'Jo Chen' };
const participant = (id) => ({ id, role: 'participant', status: 'active' });
const looking = (id, extra = {}) => viewOf(participant(id), NAMES, { sessionRunning: true, pause: null, turn: null, ...extra });

test('the floor: who has it, and whose hands are raised', () => {
    const t = { protocol: 'floor', holder: 'alex', queue: ['sam', 'jo'] };
    assertEqual(turnSummary(looking('alex'), t), 'You have the floor. Hands raised: Sam Rivera, Jo Chen.');
    assertEqual(turnSummary(looking('sam'), t), 'Alex Chen has the floor. Hands raised: You, Jo Chen.');
    assertEqual(turnSummary(looking('sam'), { protocol: 'floor', holder: null, queue: [] }), 'Nobody has the floor.');
});

test('speaker-listener, phase by phase, for the speaker and for the listener', () => {
    const t = (phase) => ({ protocol: 'speaker_listener', phase, holder: 'alex', partner: 'sam' });
    assertEqual(turnSummary(looking('alex'), t('idle')), 'Waiting for the first speaker.');
    assertEqual(turnSummary(looking('alex'), t('speaking')), 'You speak; Sam Rivera listens.');
    assertEqual(turnSummary(looking('sam'), t('speaking')), 'Alex Chen speaks; you listen.');
    assertEqual(turnSummary(looking('sam'), t('paraphrasing')), 'You say back what you heard.');
    assertEqual(turnSummary(looking('alex'), t('paraphrasing')), 'Sam Rivera says back what they heard.');
    assertEqual(turnSummary(looking('alex'), t('confirming')), 'You check the paraphrase.');
    assertEqual(turnSummary(looking('sam'), t('unknown')), '');
});

test('imago, round, repair and open conversation in words', () => {
    assertEqual(turnSummary(looking('sam'), { protocol: 'imago', holder: 'alex', partner: 'sam', step: 'mirror', stepBy: 'sam' }),
        'Alex Chen is sharing; you are receiving. Step: mirror, for you.');
    assertEqual(turnSummary(looking('sam'), { protocol: 'imago', phase: 'idle' }), 'The dialogue has not started yet. Either of you may ask for one.');
    assertEqual(turnSummary(looking('jo'), { protocol: 'round', holder: 'alex', order: ['jo', 'sam'] }), 'Alex Chen has the talking stick. Next: You, Sam Rivera.');
    assertEqual(turnSummary(looking('alex'), { protocol: 'round', holder: 'alex', order: [] }), 'You have the talking stick. Last turn of this round.');
    assertEqual(turnSummary(looking('alex'), { protocol: 'round', holder: null, order: [] }), 'The round has not started yet.');
    assertEqual(turnSummary(looking('alex'), { protocol: 'repair', phase: 'answering', step: 'feelings', stepBy: 'sam' }), 'Sam Rivera answers: feelings.');
    assertEqual(turnSummary(looking('sam'), { protocol: 'repair', phase: 'answering', step: 'feelings', stepBy: 'sam' }), 'You answer: feelings.');
    assertEqual(turnSummary(looking('sam'), { protocol: 'repair', phase: 'repaired' }), 'Everyone has answered every stage. The conversation is open again.');
    assertEqual(turnSummary(looking('sam'), { protocol: 'open' }), 'Anyone may speak.');
});

test('a turn with a limit says how long is left', () => {
    const now = Date.parse('2025-03-04T10:00:00Z');
    const t = { protocol: 'floor', holder: 'sam', queue: [], deadline: '2025-03-04T10:01:05Z' };
    assertEqual(turnStateText(looking('alex'), t, now), 'Sam Rivera has the floor. 1:05 left in this turn.');
    assertEqual(turnStateText(looking('alex'), null, now), '');
});

test('who may write: observers never, therapists always, participants in a running, unpaused session on their turn', () => {
    const observer = viewOf({ id: 'o', role: 'observer', status: 'active' }, NAMES, { sessionRunning: true });
    assertEqual(composerState(observer), { ok: false, why: 'Observers read along.' });
    const therapist = viewOf({ id: 'maya', role: 'therapist', status: 'active' }, NAMES, { sessionRunning: false, pause: { paused: true } });
    assertEqual(composerState(therapist), { ok: true, why: '' });
    assertEqual(composerState(looking('alex', { sessionRunning: false })), { ok: false, why: 'The session has not started yet.' });
    assertEqual(composerState(looking('alex', { pause: { paused: true } })), { ok: false, why: 'The room is taking a pause.' });
    assertEqual(composerState(looking('alex')), { ok: true, why: '' }, 'no turn frame yet');
    assertEqual(composerState(looking('alex', { turn: { protocol: 'open' } })), { ok: true, why: '' });
});

test('why a participant waits, protocol by protocol', () => {
    const floor = { protocol: 'floor', holder: 'sam', queue: ['jo', 'alex'] };
    assertEqual(composerState(looking('sam', { turn: floor })).ok, true);
    assertEqual(composerState(looking('alex', { turn: floor })), { ok: false, why: 'Your hand is raised: you are number 2 in the queue.' });
    assertEqual(composerState(looking('alex', { turn: { ...floor, queue: [] } })), { ok: false, why: 'Someone else has the floor. Raise your hand to speak next.' });
    const confirming = { protocol: 'speaker_listener', phase: 'confirming', holder: 'alex', partner: 'sam' };
    assertEqual(composerState(looking('alex', { turn: confirming })), { ok: false, why: 'First say whether the paraphrase was accurate, with the buttons above.' });
    assertEqual(composerState(looking('sam', { turn: { ...confirming, phase: 'paraphrasing' } })).ok, true);
    const round = { protocol: 'round', holder: 'sam', order: ['jo', 'alex'] };
    assertEqual(composerState(looking('jo', { turn: round })), { ok: false, why: 'You are next with the talking stick.' });
    assertEqual(composerState(looking('alex', { turn: round })), { ok: false, why: 'Your turn comes: 2 to go.' });
    const imago = { protocol: 'imago', holder: 'sam', partner: 'alex', step: 'send', stepBy: 'sam' };
    assertEqual(composerState(looking('alex', { turn: imago })), { ok: false, why: 'It is not your turn yet. Sam Rivera is sharing; you are receiving. Step: send, for Sam Rivera.' });
    assertEqual(composerState(looking('alex', { turn: { protocol: 'repair', phase: 'repaired' } })).ok, true);
});

test('the buttons of a turn: raise or lower a hand, pass, "that\'s all", confirm a paraphrase', () => {
    const none = { raiseHand: false, lowerHand: false, passFloor: false, noMore: false, confirm: false, askDialogue: false, acceptDialogue: false, question: false };
    const floor = { protocol: 'floor', holder: 'sam', queue: ['jo'] };
    assertEqual(turnControls(looking('alex'), floor), { ...none, raiseHand: true });
    assertEqual(turnControls(looking('jo'), floor), { ...none, lowerHand: true });
    assertEqual(turnControls(looking('sam'), floor), { ...none, passFloor: true });
    const therapist = viewOf({ id: 'maya', role: 'therapist', status: 'active' }, NAMES);
    assertEqual(turnControls(therapist, floor), none, 'a therapist raises no hand');
    assertEqual(turnControls(looking('alex'), { protocol: 'imago', step: 'more', stepBy: 'alex' }), { ...none, noMore: true });
    assertEqual(turnControls(looking('alex'), { protocol: 'imago', step: 'send', stepBy: 'alex' }), { ...none, passFloor: true });
    assertEqual(turnControls(looking('alex'), { protocol: 'speaker_listener', phase: 'confirming', holder: 'alex' }), { ...none, confirm: true });
    assertEqual(turnControls(looking('alex'), { protocol: 'speaker_listener', phase: 'speaking', holder: 'alex' }), { ...none, passFloor: true });
    assertEqual(turnControls(looking('sam'), { protocol: 'repair', phase: 'answering', stepBy: 'sam' }), { ...none, passFloor: true });
});

test('a round and a repair show who speaks now and next', () => {
    assertEqual(upcomingOrder(looking('jo'), { protocol: 'round', holder: 'alex', order: ['jo', 'sam'] }), ['Alex Chen (now)', 'You', 'Sam Rivera']);
    assertEqual(upcomingOrder(looking('jo'), { protocol: 'repair', holder: null, order: ['sam'] }), ['Sam Rivera']);
    assertEqual(upcomingOrder(looking('jo'), { protocol: 'floor', holder: 'alex', queue: [] }), []);
});

test('the sentence stem is offered once, to the person whose step it is', () => {
    const t = { protocol: 'imago', step: 'mirror', stepBy: 'sam', stem: 'If I got it, you said… Did I get it?' };
    assertEqual(stemPrefill(looking('sam'), t), { key: 'mirror|sam', text: 'If I got it, you said ' });
    assertEqual(stemPrefill(looking('sam', { prefilled: 'mirror|sam' }), t), null, 'already offered');
    assertEqual(stemPrefill(looking('alex'), t), null, 'not this person\'s step');
    assertEqual(stemPrefill(looking('sam'), { ...t, stem: null }), null, 'no stem');
});

test('an Imago dialogue starts by appointment: ask, then accept now or at a time', () => {
    const none = { raiseHand: false, lowerHand: false, passFloor: false, noMore: false, confirm: false, askDialogue: false, acceptDialogue: false, question: false };
    assertEqual(turnControls(looking('alex'), { protocol: 'imago', phase: 'idle' }), { ...none, askDialogue: true });
    const requested = { protocol: 'imago', phase: 'requested', holder: 'alex' };
    assertEqual(turnControls(looking('alex'), requested), none, 'the one who asked waits');
    assertEqual(turnControls(looking('sam'), requested), { ...none, acceptDialogue: true });
    assertEqual(turnSummary(looking('sam'), requested), 'Alex Chen would like a dialogue with you. Is now a good time?');
    assertEqual(turnSummary(looking('alex'), requested), 'You asked for a dialogue. It starts when your partner accepts.');
    const appointed = { protocol: 'imago', phase: 'appointed', holder: 'alex', appointment: '2026-12-02T19:40:00Z' };
    assertEqual(turnControls(looking('alex'), appointed), { ...none, askDialogue: true }, 'asks again at the time');
    assertEqual(turnControls(looking('sam'), appointed), { ...none, acceptDialogue: true }, 'or the partner accepts now');
    const therapist = viewOf({ id: 'maya', role: 'therapist', status: 'active' }, NAMES);
    assertEqual(turnControls(therapist, requested), none);
});

test('"Did I get it?": the sender answers yes or not quite, and writes nothing meanwhile', () => {
    const none = { raiseHand: false, lowerHand: false, passFloor: false, noMore: false, confirm: false, askDialogue: false, acceptDialogue: false, question: false };
    const check = { protocol: 'imago', phase: 'confirm_mirror', step: 'confirm_mirror', stem: 'Did I get it?', holder: 'alex', partner: 'sam', stepBy: 'alex' };
    assertEqual(turnControls(looking('alex'), check), { ...none, confirm: true });
    assertEqual(turnControls(looking('sam'), check), none);
    assertEqual(turnSummary(looking('alex'), check), 'Your partner asks: "Did I get it?"');
    assertEqual(composerState(looking('alex', { turn: check })), { ok: false, why: 'First tell your partner whether they got it, with the buttons above.' });
    assertEqual(composerState(looking('sam', { turn: check })).ok, false);
    assertEqual(stemPrefill(looking('alex'), check), null, 'a check is answered with the buttons');
    const again = { protocol: 'imago', step: 'mirror', stepBy: 'sam', again: true, stem: 'If I got it, you said… Did I get it?' };
    assertEqual(stemPrefill(looking('sam', { prefilled: 'mirror|sam' }), again), { key: 'mirror|sam|again', text: 'If I got it, you said ' }, 'offered again after not quite');
});

test('speaker-listener: the listener may ask a clarifying question; the speaker answers it', () => {
    const t = (phase) => ({ protocol: 'speaker_listener', phase, holder: 'alex', partner: 'sam' });
    assertEqual(turnControls(looking('sam'), t('paraphrasing')).question, true);
    assertEqual(turnControls(looking('alex'), t('paraphrasing')).question, false);
    assertEqual(turnControls(looking('sam'), t('speaking')).question, false);
    assertEqual(turnSummary(looking('sam'), t('answering')), 'Alex Chen answers your question.');
    assertEqual(composerState(looking('alex', { turn: t('answering') })).ok, true);
    assertEqual(composerState(looking('sam', { turn: t('answering') })).ok, false);
});

test('a time of day for the dialogue is the next time the clock shows it', () => {
    const now = new Date(2026, 11, 2, 18, 0);
    assertEqual(new Date(nextAt('19:40', now)).getTime(), new Date(2026, 11, 2, 19, 40).getTime());
    assertEqual(new Date(nextAt('07:15', now)).getTime(), new Date(2026, 11, 3, 7, 15).getTime(), 'tomorrow morning');
});

test('the banner says whose turn it is: yours, someone\'s by name, or the protocol when anyone may speak', () => {
    const sl = (phase) => ({ protocol: 'speaker_listener', phase, holder: 'alex', partner: 'sam' });
    assertEqual(bannerHeadline(looking('alex'), sl('speaking')), { text: 'Your turn', mine: true, owner: 'alex' });
    assertEqual(bannerHeadline(looking('sam'), sl('speaking')), { text: 'Alex Chen\'s turn', mine: false, owner: 'alex' });
    assertEqual(bannerHeadline(looking('sam'), sl('paraphrasing')).text, 'Your turn', 'the listener says back what they heard');
    assertEqual(bannerHeadline(looking('alex'), sl('confirming')).text, 'Your turn', 'the speaker checks the paraphrase');
    assertEqual(bannerHeadline(looking('alex'), sl('idle')), { text: 'Speaker-listener', mine: false, owner: null });
    assertEqual(bannerHeadline(looking('alex'), { protocol: 'open' }), { text: 'Open conversation', mine: false, owner: null });
    assertEqual(turnOwner({ protocol: 'floor', holder: null, queue: [] }), null);
    assertEqual(turnOwner({ protocol: 'round', holder: 'jo', order: [] }), 'jo');
    assertEqual(turnOwner({ protocol: 'imago', phase: 'mirror', holder: 'alex', partner: 'sam', stepBy: 'sam' }), 'sam');
    assertEqual(turnOwner({ protocol: 'repair', phase: 'calm_check' }), null, 'everyone says how calm they feel');
    assertEqual(turnOwner(null), null);
});

test('the appreciation round: whose turn, who comes next, the pass, and the open conversation after it', () => {
    const t = { protocol: 'appreciation', phase: 'answering', holder: 'sam', stepBy: 'sam', step: 'appreciation', order: ['jo', 'alex'] };
    assertEqual(turnSummary(looking('sam'), t), 'You say one thing you appreciated. Next: Jo Chen, Alex Chen.');
    assertEqual(turnSummary(looking('alex'), { ...t, order: [] }), 'Sam Rivera says one thing they appreciated.');
    assertEqual(composerState(looking('sam', { turn: t })).ok, true);
    assertEqual(composerState(looking('jo', { turn: t })), { ok: false, why: 'You are next.' });
    assertEqual(composerState(looking('alex', { turn: t })), { ok: false, why: 'Your turn comes: 2 to go.' });
    assertEqual(turnControls(looking('sam'), t).passFloor, true);
    assertEqual(turnControls(looking('jo'), t).passFloor, false);
    assertEqual(upcomingOrder(looking('jo'), t), ['Sam Rivera (now)', 'You', 'Alex Chen']);
    assertEqual(bannerHeadline(looking('jo'), t), { text: 'Sam Rivera\'s turn', mine: false, owner: 'sam' });
    const done = { protocol: 'appreciation', phase: 'done', holder: null, stepBy: null, step: 'appreciated', order: [] };
    assertEqual(turnSummary(looking('jo'), done), 'Each of you has said what you appreciated. The conversation is open again.');
    assertEqual(composerState(looking('jo', { turn: done })).ok, true);
    assertEqual(bannerHeadline(looking('jo'), done), { text: 'Appreciation round', mine: false, owner: null });
    assertEqual(turnSummary(looking('jo'), { protocol: 'appreciation', phase: 'idle', order: [] }), 'The appreciation round has not started yet.');
});
