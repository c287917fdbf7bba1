import { idFor, showRefusal } from '../js/composer.js';
import { t } from '../js/i18n.js';
import { enterRoom, rememberDraft, takeDraft } from '../js/state.js';
import { assertEqual, test } from './runner.js';

/** The composer's box and the room's status line, as the page has them, for the length of one test. */
function withComposer(fn) {
    const box = document.createElement('textarea');
    box.id = 'message';
    const status = document.createElement('p');
    status.id = 'room-status';
    document.body.append(box, status);
    try {
        enterRoom('r1');
        fn(box, status);
    } finally {
        box.remove();
        status.remove();
    }
}

function unavailable(id) {
    return {
        type: 'error',
        id,
        code: 'unavailable',
        message: 'Attune can\'t save just now. Nothing was sent; your words are still here. Try again in a moment.',
    };
}

test('a message the server could not save goes back in the box, with a calm line that it was not sent', () => {
    withComposer((box, status) => {
        rememberDraft('c1', 'I felt unheard last week.');
        box.value = '';

        showRefusal(unavailable('c1'));

        assertEqual(box.value, 'I felt unheard last week.');
        assertEqual(status.textContent, t('composer.not-sent'));
        assertEqual(status.textContent.startsWith('Not sent'), true, 'it says it was not sent');
        assertEqual(takeDraft('c1'), undefined, 'the draft is in the box now, not kept twice');
    });
});

test('the unsaved words are kept even when the person has started another message', () => {
    withComposer((box) => {
        rememberDraft('c2', 'First thought.');
        box.value = 'Second thought.';

        showRefusal(unavailable('c2'));

        assertEqual(box.value, 'First thought.\n\nSecond thought.');
    });
});

test('sent again unchanged, the unsaved message keeps its id, so the server never stores it twice', () => {
    withComposer(() => {
        rememberDraft('c3', 'Say it again.');
        showRefusal(unavailable('c3'));

        assertEqual(idFor('Say it again.'), 'c3');
        assertEqual(idFor('Say it again.') === 'c3', false, 'only once');
    });
});

test('an edited message is a new one, with a new id', () => {
    withComposer(() => {
        rememberDraft('c4', 'Draft.');
        showRefusal(unavailable('c4'));

        assertEqual(idFor('Draft, edited.') === 'c4', false);
    });
});

test('another refusal shows the server\'s own message and restores the draft only into an empty box', () => {
    withComposer((box, status) => {
        rememberDraft('c5', 'Too soon.');
        box.value = 'Something new';

        showRefusal({ type: 'error', id: 'c5', code: 'not_your_turn', message: 'Someone else has the floor.' });

        assertEqual(status.textContent, 'Someone else has the floor.');
        assertEqual(box.value, 'Something new');
    });
});
