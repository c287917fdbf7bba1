// Soft-startup coaching: a participant asks how a draft reads before sending it.

import { $ } from './dom.js';
import { t } from './i18n.js';
import { showCrisis } from './crisis.js';
import { send } from './live.js';
import { coachingLines } from './words.js';

export function renderCoaching(frame) {
    const box = $('coaching');
    box.replaceChildren();
    for (const line of coachingLines(frame)) {
        const paragraph = document.createElement('p');
        paragraph.textContent = line;
        box.append(paragraph);
    }
    if (frame.concerns.length) {
        showCrisis();
    }
    box.hidden = false;
}

export function initCoaching() {
    $('coach-open').addEventListener('click', () => {
        const text = $('message').value.trim();
        if (!text) {
            $('room-status').textContent = t('coaching.write-first');
            return;
        }
        send({ type: 'coach', text });
    });
}
