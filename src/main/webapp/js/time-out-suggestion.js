// A time-out suggested to one person alone, when their own words say they are
// flooded ("my heart is racing"): a calm card with a one-tap time-out. Nobody
// else in the room sees it; the therapists see a line in their console.

import { $ } from './dom.js';
import { t } from './i18n.js';
import { send } from './live.js';
import { state } from './state.js';

/** The card's words, in the page's language: about the body, never about anyone else. */
export const TIME_OUT_WORDS = Object.freeze({
    get title() { return t('time-out.title'); },
    get body() { return t('time-out.body'); },
    get take() { return t('time-out.take'); },
    get later() { return t('pause-cancel'); },
});

/** The time-out the one tap asks for: flooded, the twenty minutes a flooded body needs. */
export const TIME_OUT_REQUEST = { type: 'request_pause', reason: 'flooded', minutes: 20 };

/** Whether this event suggests a time-out to the person looking. */
export function suggestsTimeOutToMe(view, event) {
    return event.kind === 'pause_suggested' && !!view.you && view.you.role === 'participant' && event.target === view.you.id;
}

/** Shows the card for a suggestion meant for me; hides it once the room pauses. */
export function showTimeOutSuggestion(event) {
    const card = $('time-out-suggestion');
    if (state.pause) {
        card.hidden = true;
        return;
    }
    if (!suggestsTimeOutToMe(state, event)) {
        return;
    }
    const title = document.createElement('h3');
    title.textContent = TIME_OUT_WORDS.title;
    const body = document.createElement('p');
    body.textContent = TIME_OUT_WORDS.body;
    const take = document.createElement('button');
    take.type = 'button';
    take.id = 'time-out-take';
    take.textContent = TIME_OUT_WORDS.take;
    take.addEventListener('click', () => {
        send(TIME_OUT_REQUEST);
        card.hidden = true;
    });
    const later = document.createElement('button');
    later.type = 'button';
    later.className = 'quiet';
    later.textContent = TIME_OUT_WORDS.later;
    later.addEventListener('click', () => { card.hidden = true; });
    card.replaceChildren(title, body, take, later);
    card.hidden = false;
}
