import {
    DEFAULT_NEUTRAL_ADDRESS, SIGN_OUT_BEACON, doubleEscape, emptyPage, leaveQuickly, neutralSite, useNeutralSite,
} from '../js/quick-exit.js';
import { state } from '../js/state.js';
import { assertEqual, test } from './runner.js';

/** The room's parts that hold words, as the app's page has them, for the length of one test. */
function withRoomOnPage(fn) {
    const transcript = document.createElement('ol');
    transcript.id = 'transcript';
    const entry = document.createElement('li');
    entry.textContent = 'Sam Rivera · I am scared of what happens at home.';
    transcript.append(entry);
    const composer = document.createElement('form');
    composer.id = 'composer';
    const message = document.createElement('textarea');
    message.id = 'message';
    message.value = 'A draft about tonight';
    composer.append(message);
    document.body.append(transcript, composer);
    const title = document.title;
    try {
        fn({ transcript, composer, message });
    } finally {
        transcript.remove();
        composer.remove();
        document.title = title;
        state.socket = null;
    }
}

/** A window whose location records where it was sent, and how. */
function fakeWindow() {
    const visited = [];
    const view = {
        visited,
        beacons: [],
        cleared: false,
        navigator: { sendBeacon(url) { this.owner.beacons.push(url); return true; } },
        sessionStorage: { clear() { this.cleared = true; } },
        location: {
            replace(address) { visited.push(['replace', address]); },
            assign(address) { visited.push(['assign', address]); },
        },
    };
    view.navigator.owner = view;
    return view;
}

test('leaving quickly empties and hides the conversation and the draft before going', () => {
    withRoomOnPage(({ transcript, composer, message }) => {
        leaveQuickly(fakeWindow());

        assertEqual(transcript.children.length, 0, 'no entry is left');
        assertEqual(transcript.hidden, true);
        assertEqual(message.value, '', 'no draft is left');
        assertEqual(composer.hidden, true);
    });
});

test('leaving quickly closes the live socket normally, so it does not reconnect', () => {
    withRoomOnPage(() => {
        const closed = [];
        state.socket = { close(code) { closed.push(code); } };

        leaveQuickly(fakeWindow());

        assertEqual(closed, [1000]);
        assertEqual(state.socket, null);
    });
});

test('leaving quickly replaces the page in the history with the neutral site, so Back does not return', () => {
    withRoomOnPage(() => {
        const view = fakeWindow();

        leaveQuickly(view);

        assertEqual(view.visited, [['replace', neutralSite()]]);
        assertEqual(view.sessionStorage.cleared, true, 'a kept invitation code is forgotten');
    });
});

test('leaving quickly asks the server, as a beacon, to sign the person out', () => {
    withRoomOnPage(() => {
        const view = fakeWindow();

        leaveQuickly(view);

        assertEqual(view.beacons, [SIGN_OUT_BEACON]);
    });
});

test('leaving quickly still leaves when the beacon cannot be sent', () => {
    withRoomOnPage(() => {
        const view = fakeWindow();
        view.navigator.sendBeacon = () => { throw new Error('blocked'); };

        leaveQuickly(view);

        assertEqual(view.visited, [['replace', neutralSite()]]);
    });
});

test('the page title stays neutral', () => {
    withRoomOnPage(() => {
        document.title = 'Alex and Sam';
        emptyPage();
        assertEqual(document.title, 'Attune');
    });
});

test('the neutral site is the practice\'s when it is a web address, and otherwise stays', () => {
    assertEqual(neutralSite(), DEFAULT_NEUTRAL_ADDRESS);
    try {
        useNeutralSite('https://www.met.ie/');
        assertEqual(neutralSite(), 'https://www.met.ie/');
        useNeutralSite('javascript:alert(1)');
        assertEqual(neutralSite(), 'https://www.met.ie/', 'never a script');
        useNeutralSite('not an address');
        assertEqual(neutralSite(), 'https://www.met.ie/');
    } finally {
        useNeutralSite(DEFAULT_NEUTRAL_ADDRESS);
    }
});

test('Esc pressed twice within a second leaves; once, slowly, held down or with another key between does not', () => {
    const esc = { key: 'Escape' };
    const pressed = doubleEscape();
    assertEqual(pressed(esc, 0), false, 'once');
    assertEqual(pressed(esc, 600), true, 'twice within a second');

    const slow = doubleEscape();
    slow(esc, 0);
    assertEqual(slow(esc, 1500), false, 'too slow');
    assertEqual(slow(esc, 2000), true, 'the slow one counts as a first press');

    const held = doubleEscape();
    held(esc, 0);
    assertEqual(held({ key: 'Escape', repeat: true }, 100), false, 'a key held down counts once');

    const between = doubleEscape();
    between(esc, 0);
    between({ key: 'a' }, 100);
    assertEqual(between(esc, 200), false, 'another key starts over');

    const thrice = doubleEscape();
    thrice(esc, 0);
    thrice(esc, 100);
    assertEqual(thrice(esc, 200), false, 'a third press starts over');
});
