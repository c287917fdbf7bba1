// "Help right now": the practice's crisis resources, in the room and on the calm screen.

import { $ } from './dom.js';
import { state } from './state.js';
import { emergencyLine, onlyForYoungPeople, resourceLine, safetyNote } from './words.js';

/** The lines a room shows: a family room every one, a couple room all but those for young people alone. */
export function resourcesFor(crisis, roomKind) {
    return crisis.resources.filter((resource) => roomKind === 'family' || !onlyForYoungPeople(resource));
}

/** The crisis resources of the practice (or of an event that offered a region's own). */
export function renderCrisis(list, emergency, crisis = state.crisis) {
    list.replaceChildren();
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

/** Resources offered privately to this person (`resources_offered`), with why in calm words. */
export function showSafetyNote(event) {
    $('crisis-note').textContent = safetyNote(state.roomMode, event.why, event.followUp, event.withinMinutes);
    if (event.resources) {
        renderCrisis($('crisis-list'), $('crisis-emergency'), event.resources);
    }
    showCrisis();
    // On the calm screen too, which covers the room while it pauses.
    const box = $('overlay-crisis-box');
    box.replaceChildren();
    const note = document.createElement('p');
    note.textContent = $('crisis-note').textContent;
    const emergency = document.createElement('p');
    const list = document.createElement('ul');
    box.append(note, emergency, list);
    renderCrisis(list, emergency, event.resources || state.crisis);
    box.hidden = false;
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
