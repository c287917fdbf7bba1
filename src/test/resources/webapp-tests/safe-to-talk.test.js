import { followCheck, forgetChecks, settleCheckAnswer } from '../js/safe-to-talk.js';
import { enterRoom, state } from '../js/state.js';
import { assertEqual, test } from './runner.js';

const AT = '2025-03-04T10:15:00Z';

/** The page's parts this module fills, added once, and a socket that keeps what is sent. */
function page(you) {
    for (const id of ['safe-to-talk', 'overlay-safe-to-talk', 'checks']) {
        if (!document.getElementById(id)) {
            const element = document.createElement(id === 'checks' ? 'ul' : 'section');
            element.id = id;
            element.hidden = true;
            document.body.append(element);
        }
    }
    enterRoom('r-check');
    state.you = you;
    const sent = [];
    state.socket = { readyState: WebSocket.OPEN, send: (frame) => sent.push(JSON.parse(frame)) };
    forgetChecks();
    return sent;
}

const asked = { type: 'event', seq: 12, at: AT, kind: 'safe_to_talk_asked', actor: 'maya', actorName: 'Maya Ortiz', target: 'sam', targetName: 'Sam Rivera' };
const answered = (answer) => ({ type: 'event', seq: 13, at: '2025-03-04T10:17:00Z', kind: 'safe_to_talk_answered', actor: 'sam', actorName: 'Sam Rivera', target: 'sam', targetName: 'Sam Rivera', check: 12, answer });
const box = () => document.getElementById('safe-to-talk');

test('the person asked reads a calm question with three answers, in the room and on the calm screen', () => {
    page({ id: 'sam', role: 'participant', status: 'active' });
    followCheck(asked);

    assertEqual(box().hidden, false);
    assertEqual(box().querySelector('.question').textContent, 'Is now a good time for you to talk freely?');
    assertEqual([...box().querySelectorAll('button')].map((b) => b.textContent), ['Yes', 'No', 'Not sure']);
    assertEqual(document.getElementById('overlay-safe-to-talk').querySelectorAll('button').length, 3);
    state.socket = null;
});

test('answering sends the answer, and the page then says only that it went, never the answer', () => {
    const sent = page({ id: 'sam', role: 'participant', status: 'active' });
    followCheck(asked);

    box().querySelector('button[data-answer="not_sure"]').click();
    assertEqual(sent.map(({ type, check, answer }) => ({ type, check, answer })), [{ type: 'answer_safe_to_talk', check: 12, answer: 'not_sure' }]);
    settleCheckAnswer({ type: 'ack', id: sent[0].id, seq: 14 });
    followCheck(answered('not_sure'));

    assertEqual(box().querySelector('p').textContent, 'Your answer went to your therapist.');
    assertEqual(/not sure|yes\b|\bno\b/i.test(box().textContent), false, 'the answer is not shown back');
    assertEqual(box().querySelectorAll('button[data-answer]').length, 0);
    state.socket = null;
});

test('a check-in answered before, seen again on resume, shows nothing', () => {
    page({ id: 'sam', role: 'participant', status: 'active' });
    followCheck(asked);
    followCheck(answered('no'));

    assertEqual(box().hidden, true);
    assertEqual(box().textContent, '');
    state.socket = null;
});

test('the therapist sees a check-in waiting, then a worrying answer marked', () => {
    page({ id: 'maya', role: 'therapist', status: 'active' });
    followCheck(asked);
    const item = () => document.getElementById('checks').firstElementChild;
    assertEqual(item().classList.contains('waiting'), true);
    assertEqual(item().textContent.startsWith('Sam Rivera: asked at'), true);
    assertEqual(box().hidden, true, 'the question is not for the therapist');

    followCheck(answered('no'));
    assertEqual(item().classList.contains('worrying'), true);
    assertEqual(item().textContent.startsWith('Sam Rivera: No, not safe to talk right now (answered after 2 minutes).'), true);
    state.socket = null;
});
