// The safety screen before joint work, as a participant answers it: a calm
// card before the conversation starts, whose questions open on request, so a
// glance at the page shows only "A few questions, just for your therapist".
// The private line, "Help right now" and "Leave quickly" stay where they are.

import { $ } from './dom.js';
import { t } from './i18n.js';
import { send } from './live.js';
import { state } from './state.js';

/**
 * HITS (Sherin et al., Family Medicine 1998): how often, from 1 (never) to 5 (frequently).
 * In a family room each question asks about someone at home (an adaptation HITS was not validated in).
 */
const HITS_ITEMS = [
    ['hurt', (family) => (family ? t('screen.hits.hurt.family') : t('screen.hits.hurt'))],
    ['insult', (family) => (family ? t('screen.hits.insult.family') : t('screen.hits.insult'))],
    ['threaten', (family) => (family ? t('screen.hits.threaten.family') : t('screen.hits.threaten'))],
    ['scream', (family) => (family ? t('screen.hits.scream.family') : t('screen.hits.scream'))],
];

function howOften() {
    return [[1, t('screen.often.never')], [2, t('screen.often.rarely')], [3, t('screen.often.sometimes')],
        [4, t('screen.often.fairly-often')], [5, t('screen.often.frequently')]];
}

/** Two direct questions Attune adds; they are not part of HITS. */
const DIRECT = [
    ['afraid', () => t('screen.direct.afraid')],
    ['safeToTalk', () => t('screen.direct.safe-to-talk')],
];

function yesNo() {
    return [['yes', t('safe-to-talk.yes')], ['no', t('safe-to-talk.no')], ['not_sure', t('safe-to-talk.not_sure')]];
}

function question(name, legendText, choices) {
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'screen-question';
    const legend = document.createElement('legend');
    legend.textContent = legendText;
    const row = document.createElement('div');
    row.className = 'choices';
    for (const [value, label] of choices) {
        const option = document.createElement('label');
        const input = document.createElement('input');
        input.type = 'radio';
        input.name = `screen-${name}`;
        input.value = String(value);
        option.append(input, ` ${label}`);
        row.append(option);
    }
    fieldset.append(legend, row);
    return fieldset;
}

/** Builds the questions afresh: nothing chosen, the stem of this room. */
function buildQuestions() {
    const box = $('screen-questions');
    box.replaceChildren();
    const family = state.roomKind === 'family';
    for (const [name, text] of HITS_ITEMS) {
        box.append(question(name, text(family), howOften()));
    }
    for (const [name, text] of DIRECT) {
        box.append(question(name, text(), yesNo()));
    }
    $('screen-status').textContent = '';
}

function chosen(name) {
    const input = $('screen-form').querySelector(`input[name="screen-${name}"]:checked`);
    return input ? input.value : null;
}

/**
 * Shows the card while this participant has not answered, and a calm
 * thank-you once they have, until the session starts; the questions open
 * only when asked for, also to change the answers.
 */
export function renderScreenCard() {
    const you = state.you;
    const screen = state.screen;
    const asks = !!you && you.role === 'participant' && screen.required;
    const answering = !$('screen-form').hidden;
    $('screen-card').hidden = !asks || (screen.answered && state.sessionRunning && !answering);
    $('screen-ask').hidden = screen.answered && !answering;
    $('screen-begin').hidden = answering || screen.answered;
    $('screen-thanks').hidden = !screen.answered || answering;
}

function openQuestions() {
    buildQuestions();
    $('screen-form').hidden = false;
    renderScreenCard();
    $('screen-questions').querySelector('input')?.focus();
}

function closeQuestions() {
    $('screen-questions').replaceChildren();
    $('screen-form').hidden = true;
    renderScreenCard();
}

export function initScreenCard() {
    $('screen-begin').addEventListener('click', openQuestions);
    $('screen-again').addEventListener('click', openQuestions);
    $('screen-later').addEventListener('click', closeQuestions);
    $('screen-form').addEventListener('submit', (event) => {
        event.preventDefault();
        const answers = {};
        for (const [name] of [...HITS_ITEMS, ...DIRECT]) {
            answers[name] = chosen(name);
        }
        if (Object.values(answers).some((value) => value === null)) {
            $('screen-status').textContent = t('screen.choose-each');
            return;
        }
        for (const [name] of HITS_ITEMS) {
            answers[name] = Number(answers[name]);
        }
        send({ type: 'answer_screen', ...answers });
        $('screen-status').textContent = t('status.sending');
    });
}

/** The answers arrived: the questions are emptied from the page, and the writer is thanked. */
export function screenReceived() {
    $('screen-questions').replaceChildren();
    $('screen-form').hidden = true;
    $('screen-status').textContent = '';
    renderScreenCard();
}
