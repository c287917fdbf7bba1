// The "Whose turn" panel: where the protocol stands, the time left, the
// sentence stem of this person's step, and the buttons of their turn.

import { $ } from './dom.js';
import { initAftermath, renderAftermath } from './aftermath.js';
import { renderComposer } from './composer.js';
import { send } from './live.js';
import { state } from './state.js';
import { nextAt, stemPrefill, turnControls, turnStateText, upcomingOrder } from './turns.js';
import { PROTOCOL_NAMES, isMe } from './words.js';

export function renderTurn() {
    const t = state.turn;
    const you = state.you;
    $('turn').hidden = !t || !you || you.status !== 'active';
    if (!t) {
        return;
    }
    $('turn-heading').textContent = PROTOCOL_NAMES[t.protocol] || 'Whose turn';
    $('protocol-choice').value = t.protocol;
    // In an Imago dialogue a therapist invites someone to ask; the partner still accepts.
    $('floor-grant').textContent = t.protocol === 'imago' ? 'Invite to ask for a dialogue' : 'Give the floor';
    renderCountdown();
    $('turn-step').hidden = !t.stem;
    $('turn-prompt').textContent = t.stem && isMe(state, t.stepBy) ? t.prompt : '';
    $('turn-stem').textContent = t.stem || '';
    $('turn-reminder').hidden = !t.reminder;
    $('turn-reminder').textContent = t.reminder || '';
    const controls = turnControls(state, t);
    $('raise-hand').hidden = !controls.raiseHand;
    $('lower-hand').hidden = !controls.lowerHand;
    $('pass-floor').hidden = !controls.passFloor;
    $('no-more').hidden = !controls.noMore;
    $('confirm-yes').hidden = !controls.confirm;
    $('confirm-no').hidden = !controls.confirm;
    $('ask-dialogue').hidden = !controls.askDialogue;
    $('accept-dialogue').hidden = !controls.acceptDialogue;
    $('accept-later').hidden = !controls.acceptDialogue;
    $('as-question-box').hidden = !controls.question;
    if (!controls.question) {
        $('as-question').checked = false;
    }
    // The sentence stem starts the answer when it is this person's step.
    const prefill = stemPrefill(state, t);
    if (prefill) {
        if (!$('message').value.trim()) {
            $('message').value = prefill.text;
        }
        state.prefilled = prefill.key;
    }
    const order = $('turn-order');
    order.replaceChildren();
    for (const name of upcomingOrder(state, t)) {
        const item = document.createElement('li');
        item.textContent = name;
        order.append(item);
    }
    order.hidden = order.children.length === 0;
    renderAftermath();
    renderComposer();
}

function renderCountdown() {
    const text = turnStateText(state, state.turn);
    if ($('turn-state').textContent !== text) {
        $('turn-state').textContent = text;
    }
}

export function initTurnPanel() {
    for (const button of document.querySelectorAll('#turn-actions button')) {
        button.addEventListener('click', () => {
            const command = { type: button.dataset.command };
            if (button.dataset.accurate) {
                command.accurate = button.dataset.accurate === 'true';
            }
            send(command);
        });
    }
    $('accept-later').addEventListener('submit', (event) => {
        event.preventDefault();
        send({ type: 'accept_dialogue', at: nextAt($('accept-time').value) });
    });
    initAftermath();
    setInterval(() => { if (state.turn && state.turn.deadline) renderCountdown(); }, 1000);
}
