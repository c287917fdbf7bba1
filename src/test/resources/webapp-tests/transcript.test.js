import { NOTICE_KINDS, SPOKEN, describeEvent } from '../js/events.js';
import { applyWelcome, enterRoom, state } from '../js/state.js';
import { appendEvent, clearUnread, noteVisibility, sharedHeld } from '../js/transcript.js';
import { clockTime, dayLabel } from '../js/words.js';
import { assertEqual, test } from './runner.js';

const NOW = new Date();
// An hour ago, or just after midnight when the day began less than an hour ago: always today.
const AT = new Date(Math.max(NOW.getTime() - 60 * 60000,
    new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate(), 0, 0, 1).getTime())).toISOString();
const minutesAfter = (minutes) => new Date(Date.parse(AT) + minutes * 60000).toISOString();
const YESTERDAY = new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() - 1, 12, 0).toISOString();

function welcome(you) {
    enterRoom('r1');
    applyWelcome({
        you,
        room: { mode: 'moderated' },
        members: [{ id: 'alex', name: 'Alex Chen', role: 'participant' }, { id: 'sam', name: 'Sam Rivera', role: 'participant' },
            { id: 'maya', name: 'Maya Ortiz', role: 'therapist' }],
        session: { running: true },
        turn: null,
        pause: { paused: false },
        crisisResources: null,
    });
}

/** Runs `fn` with an empty transcript on the page, as the app's page has one, and removes it afterwards. */
function withTranscript(fn, you = { id: 'alex', role: 'participant', status: 'active' }) {
    welcome(you);
    const transcript = document.createElement('ol');
    transcript.id = 'transcript';
    document.body.append(transcript);
    try {
        fn(transcript);
    } finally {
        noteVisibility(false);
        clearUnread();
        transcript.remove();
    }
}

const say = (seq, actor, text, at = AT, kind = 'message', more = {}) => ({
    seq, at, kind, actor, actorName: { alex: 'Alex Chen', sam: 'Sam Rivera', maya: 'Maya Ortiz' }[actor], text, ...more,
});

/** The transcript as its entries read: kind of entry, and its parts' classes and words. */
function entries(transcript) {
    return [...transcript.children].map((item) => [item.className, item.textContent]);
}

test('words are bubbles, mine on one side and the others\' on the other; what the room does is a quiet line', () => {
    withTranscript((transcript) => {
        appendEvent(say(3, 'sam', '<b>hello</b>'));
        appendEvent({ seq: 4, at: AT, kind: 'hand_raised', actor: 'sam', actorName: 'Sam Rivera', targetName: 'Sam Rivera' });
        appendEvent({ seq: 5, at: AT, kind: 'something_new', actor: 'sam', actorName: 'Sam Rivera' });
        appendEvent(say(6, 'alex', 'I hear you.'));
        const time = clockTime(AT);
        assertEqual(entries(transcript), [
            ['day', dayLabel(AT)],
            ['msg theirs', `Sam Rivera · ${time}<b>hello</b>`],
            ['line', `Sam Rivera raised a hand. ${time}`],
            ['msg mine', `You · ${time}I hear you.`],
        ]);
        assertEqual([...transcript.children].map((item) => item.dataset.seq || ''), ['', '3', '4', '6']);
        assertEqual(transcript.querySelector('b'), null, 'words are shown as text, never as HTML');
        assertEqual(transcript.querySelector('li.mine .meta .sr-only').textContent, 'You · ', 'my own name is for screen readers only');
        assertEqual(transcript.querySelector('li.theirs .bubble .text').className, 'text message');
    });
});

test('words of one person in a row form a group: the name and time once, until another speaks or minutes pass', () => {
    withTranscript((transcript) => {
        appendEvent(say(1, 'sam', 'I was tired.'));
        appendEvent(say(2, 'sam', 'And worried.', minutesAfter(1)));
        appendEvent(say(3, 'sam', 'You felt alone.', minutesAfter(2), 'paraphrase'));
        appendEvent(say(4, 'alex', 'Yes.', minutesAfter(3)));
        appendEvent(say(5, 'sam', 'Thank you.', minutesAfter(3)));
        appendEvent(say(6, 'sam', 'Later.', minutesAfter(20)));
        const bubbles = [...transcript.querySelectorAll('li.msg')];
        assertEqual(bubbles.map((item) => item.className),
            ['msg theirs', 'msg theirs continued', 'msg theirs continued', 'msg mine', 'msg theirs', 'msg theirs']);
        assertEqual(bubbles.map((item) => item.querySelectorAll('.meta').length), [1, 0, 0, 1, 1, 1]);
        const reflection = bubbles[2].querySelector('.bubble');
        assertEqual([reflection.className, reflection.querySelector('.label').textContent, reflection.querySelector('.text').className],
            ['bubble paraphrase', 'Paraphrase', 'text paraphrase'], 'a reflection keeps its label and its bar');
    });
});

test('a therapist\'s guidance stands apart in the middle with the therapist\'s name; a line ends a group', () => {
    withTranscript((transcript) => {
        appendEvent(say(1, 'sam', 'First.'));
        appendEvent({ seq: 2, at: AT, kind: 'floor_passed', actor: 'sam', actorName: 'Sam Rivera', targetName: 'Sam Rivera' });
        appendEvent(say(3, 'sam', 'Second.'));
        appendEvent(say(4, 'maya', 'Slowly, one at a time.', AT, 'guidance'));
        appendEvent(say(5, 'maya', 'Take a breath.', AT, 'guidance'));
        const bubbles = [...transcript.querySelectorAll('li.msg')];
        assertEqual(bubbles.map((item) => item.className), ['msg theirs', 'msg theirs', 'msg guide', 'msg guide']);
        assertEqual(bubbles[2].textContent, `Maya Ortiz · ${clockTime(AT)}GuidanceSlowly, one at a time.`);
    });
});

test('a separator says the day when it changes: yesterday, then today', () => {
    withTranscript((transcript) => {
        appendEvent(say(1, 'sam', 'Goodnight.', YESTERDAY));
        appendEvent(say(2, 'sam', 'Good morning.', AT));
        appendEvent(say(3, 'sam', 'Coffee?', minutesAfter(1)));
        assertEqual([...transcript.querySelectorAll('li.day')].map((item) => item.textContent), ['Yesterday', 'Today']);
        assertEqual(transcript.children[2].className, 'day');
        assertEqual(transcript.children[3].className, 'msg theirs', 'a new day starts a new group');
    });
});

test('words that came while the page was hidden are marked "New messages", once, and the marker goes once seen', () => {
    withTranscript((transcript) => {
        appendEvent(say(1, 'sam', 'Before.'));
        noteVisibility(true);
        appendEvent(say(2, 'alex', 'Mine, from my phone.'));
        assertEqual(transcript.querySelectorAll('li.unread').length, 0, 'my own words are not news to me');
        appendEvent(say(3, 'sam', 'While you were away.'));
        appendEvent(say(4, 'sam', 'And more.'));
        assertEqual(transcript.querySelectorAll('li.unread').length, 1);
        assertEqual(transcript.querySelector('li.unread').textContent, 'New messages');
        assertEqual(transcript.querySelector('li.unread').nextElementSibling.dataset.seq, '3', 'the marker sits before the first new words');
        assertEqual(transcript.querySelector('li[data-seq="3"]').className, 'msg theirs', 'the marker starts a new group');
        noteVisibility(false);
        assertEqual(transcript.querySelectorAll('li.unread').length, 1, 'still there to be seen on return');
        appendEvent(say(5, 'sam', 'Welcome back.'));
        assertEqual(transcript.querySelectorAll('li.unread').length, 1, 'no second marker while the page is seen');
        clearUnread();
        assertEqual(transcript.querySelectorAll('li.unread').length, 0);
        noteVisibility(true);
        appendEvent(say(6, 'sam', 'Away again.'));
        assertEqual(transcript.querySelector('li.unread').nextElementSibling.dataset.seq, '6');
    });
});

test('a held message offers its writer to share it, until it was shared', () => {
    withTranscript((transcript) => {
        appendEvent(say(7, 'alex', 'He got rough again.', AT, 'held_message', { target: 'alex', targetName: 'Alex Chen', shareable: true }));
        const item = transcript.querySelector('li[data-seq="7"]');
        assertEqual(item.className, 'msg mine');
        assertEqual(item.querySelector('.bubble').className, 'bubble held_message');
        assertEqual(item.querySelector('.label').textContent, 'Not sent to the room: only your therapist can see this');
        assertEqual(item.querySelector('button[data-share="7"]').textContent, 'Share it with the room');
        sharedHeld(7);
        assertEqual(item.querySelector('button'), null);
    });
});

/** One event of each kind, with every field any kind's words read. */
function anyEvent(kind, seq) {
    return {
        seq, at: AT, kind, actor: 'sam', actorName: 'Sam Rivera', target: 'alex', targetName: 'Alex Chen', text: 'Words.',
        until: minutesAfter(20), amount: 1, prompt: 'Mirror.', stem: 'If I got it…', order: ['alex', 'sam'], reason: 'break',
        exercise: { title: 'Box breathing' }, signals: [{ signal: 'contempt', words: 'whatever' }], heat: 0.8, action: 'suggest_pause',
        concerns: [{ concern: 'self_harm', words: 'hurt' }], feelings: [{ feeling: 'hurt', label: 'hurt' }], accepted: true,
        told: 'therapist', raisedAt: AT, level: 1, contacts: 2, answer: 'no', flags: [], shareable: true, why: 'held',
        practice: 4, practiceKind: 'appreciation', due: minutesAfter(600), seconds: 600, turns: 2, messages: { alex: 1 },
        lines: ['Thank you.'],
    };
}

test('every kind of event the conversation shows still shows, for whoever may see it, in its own words', () => {
    const kinds = [...NOTICE_KINDS, ...SPOKEN];
    const lookers = [{ id: 'maya', role: 'therapist', status: 'active' }, { id: 'alex', role: 'participant', status: 'active' }];
    const shownTo = new Map(kinds.map((kind) => [kind, 0]));
    for (const you of lookers) {
        withTranscript((transcript) => {
            kinds.forEach((kind, i) => {
                const event = anyEvent(kind, i + 1);
                const expected = describeEvent(state, event);
                appendEvent(event);
                const item = transcript.querySelector(`li[data-seq="${i + 1}"]`);
                assertEqual(!!item, !!expected, `${kind} for ${you.id}`);
                if (item) {
                    shownTo.set(kind, shownTo.get(kind) + 1);
                    assertEqual(item.querySelector(SPOKEN.includes(kind) ? '.text' : '.notice').textContent, expected.text, kind);
                }
            });
        }, you);
    }
    assertEqual([...shownTo].filter(([, count]) => count === 0).map(([kind]) => kind), [], 'kinds nobody sees');
    assertEqual(kinds.length > 50, true, 'the kinds are all there');
});
