// The safety screen before joint work, as a participant answers it: a calm
// card before the conversation starts, whose questions open on request, so a
// glance at the page shows only "A few questions, just for your therapist".
// The private line, "Help right now" and "Leave quickly" stay where they are.

import { $ } from './dom.js';
import { send } from './live.js';
import { state } from './state.js';

/** HITS (Sherin et al., Family Medicine 1998): how often, from 1 (never) to 5 (frequently). */
const HITS_ITEMS = [
    ['hurt', 'physically hurt you?'],
    ['insult', 'insult or talk down to you?'],
    ['threaten', 'threaten you with harm?'],
    ['scream', 'scream or curse at you?'],
];
const HOW_OFTEN = [[1, 'Never'], [2, 'Rarely'], [3, 'Sometimes'], [4, 'Fairly often'], [5, 'Frequently']];

/** Two direct questions Attune adds; they are not part of HITS. */
const DIRECT = [
    ['afraid', 'Are you afraid of anyone who will be in this room?'],
    ['safeToTalk', 'Is it safe for you to talk openly here with them present?'],
];
const YES_NO = [['yes', 'Yes'], ['no', 'No'], ['not_sure', 'Not sure']];

/** In a family room the stem asks about someone at home (an adaptation HITS was not validated in). */
function stem() {
    return state.roomKind === 'family' ? 'How often does someone in your home' : 'How often does your partner';
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
    for (const [name, rest] of HITS_ITEMS) {
        box.append(question(name, `${stem()} ${rest}`, HOW_OFTEN));
    }
    for (const [name, text] of DIRECT) {
        box.append(question(name, text, YES_NO));
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
            $('screen-status').textContent = 'Please choose an answer for each question. "Not sure" is a fine answer.';
            return;
        }
        for (const [name] of HITS_ITEMS) {
            answers[name] = Number(answers[name]);
        }
        send({ type: 'answer_screen', ...answers });
        $('screen-status').textContent = 'Sending…';
    });
}

/** The answers arrived: the questions are emptied from the page, and the writer is thanked. */
export function screenReceived() {
    $('screen-questions').replaceChildren();
    $('screen-form').hidden = true;
    $('screen-status').textContent = '';
    renderScreenCard();
}
