import { applyWelcome, enterRoom } from '../js/state.js';
import { appendEvent } from '../js/transcript.js';
import { clockTime } from '../js/words.js';
import { assertEqual, test } from './runner.js';

const AT = '2025-03-04T10:15:00Z';

/** Runs `fn` with an empty transcript on the page, as the app's page has one, and removes it afterwards. */
function withTranscript(fn) {
    const transcript = document.createElement('ol');
    transcript.id = 'transcript';
    document.body.append(transcript);
    try {
        fn(transcript);
    } finally {
        transcript.remove();
    }
}

test('each shown event becomes an entry with its seq, a meta line and a body', () => {
    enterRoom('r1');
    applyWelcome({
        you: { id: 'alex', role: 'participant', status: 'active' },
        room: { mode: 'moderated' },
        members: [],
        session: { running: true },
        turn: null,
        pause: { paused: false },
        crisisResources: null,
    });
    withTranscript((transcript) => {
        appendEvent({ seq: 3, at: AT, kind: 'message', actor: 'sam', actorName: 'Sam Rivera', text: '<b>hello</b>' });
        appendEvent({ seq: 4, at: AT, kind: 'hand_raised', actor: 'sam', actorName: 'Sam Rivera', targetName: 'Sam Rivera' });
        appendEvent({ seq: 5, at: AT, kind: 'something_new', actor: 'sam', actorName: 'Sam Rivera' });
        const entries = [...transcript.children].map((item) => ({
            seq: item.dataset.seq,
            parts: [...item.children].map((part) => [part.className, part.textContent]),
        }));
        assertEqual(entries, [
            { seq: '3', parts: [['meta', `Sam Rivera · ${clockTime(AT)}`], ['text message', '<b>hello</b>']] },
            { seq: '4', parts: [['meta', `Sam Rivera · ${clockTime(AT)}`], ['notice', 'Sam Rivera raised a hand.']] },
        ]);
        assertEqual(transcript.querySelector('b'), null, 'words are shown as text, never as HTML');
    });
});
