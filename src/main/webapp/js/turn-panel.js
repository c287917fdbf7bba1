// Whose turn it is: the banner over the conversation (whose turn, where the
// protocol stands, the time left, the step's sentence stem), which lights up
// when the turn becomes this person's, and the card of the turn's buttons.

import { $ } from './dom.js';
import { initAftermath, renderAftermath } from './aftermath.js';
import { renderComposer } from './composer.js';
import { t as tr } from './i18n.js';
import { send } from './live.js';
import { state } from './state.js';
import { keepNewestInView } from './transcript.js';
import { chime, chimeOn, setChime, unlockChime } from './chime.js';
import { bannerHeadline, nextAt, stemPrefill, turnControls, turnStateText, upcomingOrder } from './turns.js';
import { isMe, protocolName } from './words.js';

/** Whether it was this person's turn when last shown, in which room; null before the room's first turn frame. */
let last = { room: null, mine: null };
let highlight = null;

/** It has just become this person's turn: the banner lights up for a moment, and the chime sounds if they asked for it. */
function followTurn(mine) {
    const before = last.room === state.currentRoom ? last.mine : null;
    last = { room: state.currentRoom, mine };
    if (!mine || before !== false) {
        return;
    }
    const banner = $('turn-banner');
    banner.classList.remove('now-yours');
    clearTimeout(highlight);
    // Read the layout once so the highlight starts again when turns come quickly.
    void banner.offsetWidth;
    banner.classList.add('now-yours');
    highlight = setTimeout(() => banner.classList.remove('now-yours'), 2600);
    chime();
}

/** The banner over the conversation: whose turn, the protocol, where it stands, the step's sentence stem. */
function renderBanner(t, shown) {
    $('turn-banner').hidden = !shown;
    const headline = bannerHeadline(state, t);
    $('turn-whose').textContent = headline.text;
    $('turn-heading').textContent = headline.owner ? protocolName(t.protocol) : '';
    $('turn-heading').hidden = !headline.owner;
    $('turn-banner').classList.toggle('mine', headline.mine);
    followTurn(shown && headline.mine);
}

/** The card of the turn's choices shows only when it holds something to read or do. */
function renderTurnCard(shown) {
    const parts = $('turn').querySelectorAll('#turn-reminder, #turn-order, #turn-actions > button, #accept-later, #calm-check, #feelings-choice, #apology-answer');
    $('turn').hidden = !shown || [...parts].every((part) => part.hidden);
    keepNewestInView();
}

export function renderTurn() {
    const t = state.turn;
    const you = state.you;
    const shown = !!t && !!you && you.status === 'active';
    if (!t) {
        $('turn-banner').hidden = true;
        $('turn').hidden = true;
        return;
    }
    renderBanner(t, shown);
    $('protocol-choice').value = t.protocol;
    // In an Imago dialogue a therapist invites someone to ask; the partner still accepts.
    $('floor-grant').textContent = t.protocol === 'imago' ? tr('turn-panel.invite-dialogue') : tr('floor-grant');
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
    renderTurnCard(shown);
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
    $('turn-chime').checked = chimeOn();
    $('turn-chime').addEventListener('change', () => {
        setChime($('turn-chime').checked);
        if ($('turn-chime').checked) {
            unlockChime();
        }
    });
    setInterval(() => { if (state.turn && state.turn.deadline) renderCountdown(); }, 1000);
}
