// "Help right now": the practice's crisis resources, in the room and on the calm screen.

import { $ } from './dom.js';
import { state } from './state.js';
import { emergencyLine, onlyForYoungPeople, resourceLine, safetyNote } from './words.js';

/** The lines a room shows: a family room every one, a couple room all but those for young people alone. */
export function resourcesFor(crisis, roomKind) {
    return crisis.resources.filter((resource) => roomKind === 'family' || !onlyForYoungPeople(resource));
}

export function renderCrisis(list, emergency) {
    list.replaceChildren();
    const crisis = state.crisis;
    if (!crisis) {
        return;
    }
    emergency.textContent = emergencyLine(crisis);
    for (const resource of resourcesFor(crisis, state.roomKind)) {
        const item = document.createElement('li');
        item.textContent = resourceLine(resource);
        list.append(item);
    }
}

export function showCrisis() {
    $('crisis').hidden = false;
}

/** Told privately to a person whose words raised a safety alert. */
export function showSafetyNote() {
    $('crisis-note').textContent = safetyNote(state.roomMode);
    showCrisis();
}

export function initCrisis() {
    $('crisis-open').addEventListener('click', () => { $('crisis').hidden = !$('crisis').hidden; });
    $('overlay-crisis').addEventListener('click', () => {
        const box = $('overlay-crisis-box');
        box.replaceChildren();
        const emergency = document.createElement('p');
        const list = document.createElement('ul');
        box.append(emergency, list);
        renderCrisis(list, emergency);
        box.hidden = !box.hidden;
    });
}
