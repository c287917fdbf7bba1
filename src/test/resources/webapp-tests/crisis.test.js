import { renderCrisis, resourcesFor } from '../js/crisis.js';
import { applyWelcome, enterRoom } from '../js/state.js';
import { onlyForYoungPeople, resourceLine } from '../js/words.js';
import { assertEqual, test } from './runner.js';

const CANADA = {
    region: 'CA',
    name: 'Canada',
    emergency: '911',
    resources: [
        { name: '9-8-8 Suicide Crisis Helpline', contact: 'Call or text 988', when: 'any time, free', needs: ['crisis'], source: 'https://988.ca/' },
        { name: 'ShelterSafe', contact: 'sheltersafe.ca', when: 'any time', needs: ['domestic_violence'], source: 'https://sheltersafe.ca/' },
        { name: 'Kids Help Phone', contact: 'Call 1-800-668-6868', when: 'any time, free', needs: ['youth'], source: 'https://kidshelpphone.ca/' },
    ],
};

function welcome(kind) {
    return {
        you: { id: 'morgan', role: 'participant', status: 'active' },
        room: { mode: 'moderated', kind },
        members: [],
        session: { running: true },
        turn: null,
        pause: { paused: false },
        crisisResources: CANADA,
    };
}

function shownIn(kind) {
    enterRoom('r1');
    applyWelcome(welcome(kind));
    const list = document.createElement('ul');
    const emergency = document.createElement('p');
    renderCrisis(list, emergency);
    return { emergency: emergency.textContent, lines: [...list.children].map((item) => item.textContent) };
}

test('a family room shows the line for young people, said to be for them, after the others', () => {
    const shown = shownIn('family');

    assertEqual(shown.emergency, 'In an emergency, call 911.');
    assertEqual(shown.lines, [
        '9-8-8 Suicide Crisis Helpline: Call or text 988 (any time, free)',
        'ShelterSafe: sheltersafe.ca (any time)',
        'For young people: Kids Help Phone: Call 1-800-668-6868 (any time, free)',
    ]);
});

test('a couple room shows the crisis and domestic violence lines, not one for young people alone', () => {
    assertEqual(shownIn('couple').lines.map((line) => line.split(':')[0]), ['9-8-8 Suicide Crisis Helpline', 'ShelterSafe']);
});

test('a line for everyone, young people too, is shown in every room', () => {
    const lifeline = { name: '988 Suicide & Crisis Lifeline', contact: 'Call or text 988', when: '', needs: ['crisis', 'youth'] };

    assertEqual(onlyForYoungPeople(lifeline), false);
    assertEqual(resourcesFor({ resources: [lifeline] }, 'couple'), [lifeline]);
    assertEqual(resourceLine(lifeline), '988 Suicide & Crisis Lifeline: Call or text 988');
});

test('a line without needs, as an older server sends it, is shown everywhere', () => {
    const line = { name: 'Find a Helpline', contact: 'findahelpline.com', when: '' };

    assertEqual(onlyForYoungPeople(line), false);
    assertEqual(resourcesFor({ resources: [line] }, 'couple'), [line]);
});
