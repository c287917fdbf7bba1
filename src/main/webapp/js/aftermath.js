// Gottman's "Aftermath of a Fight" in the turn panel: the calm check before
// the repair begins, the feelings offered as choices beside one's own words,
// and the answer to an apology (accept, or not yet and what I still need).

import { $ } from './dom.js';
import { t } from './i18n.js';
import { isOpen, send, transmit } from './live.js';
import { nextId, rememberDraft, state } from './state.js';
import { isMe } from './words.js';

/** Which of the repair's choices this person sees now: the calm check, the feelings to choose from, the apology's answer. */
export function aftermathControls(view, t) {
    const repair = !!t && t.protocol === 'repair' && !!view.you && view.you.role === 'participant';
    const mine = repair && isMe(view, t.stepBy);
    return {
        calm: repair && t.phase === 'calm_check',
        feelings: mine && t.step === 'feelings' ? (t.choices || []) : null,
        apology: mine && t.step === 'apology_answer',
    };
}

/** The person's own words in the message box: nothing when it holds only the sentence stem offered there. */
export function ownWords(text, stem) {
    const offered = stem ? stem.split('…')[0].trim() : '';
    const words = text.trim();
    return words === offered ? '' : words;
}

/**
 * The commands that share the chosen feelings and the person's own words:
 * the feelings first (done when no words follow), then the words.
 */
export function feelingsCommands(chosen, words) {
    const commands = [];
    if (chosen.length) {
        commands.push({ type: 'choose_feelings', feelings: chosen, done: !words });
    }
    if (words) {
        commands.push({ type: 'say', text: words });
    }
    return commands;
}

export function renderAftermath() {
    const controls = aftermathControls(state, state.turn);
    $('calm-check').hidden = !controls.calm;
    $('apology-answer').hidden = !controls.apology;
    $('feelings-choice').hidden = !controls.feelings;
    const list = $('feelings-list');
    const key = controls.feelings ? `${state.turn.stepBy}|${controls.feelings.length}` : '';
    if (list.dataset.key === key) {
        return;
    }
    list.dataset.key = key;
    list.replaceChildren();
    for (const choice of controls.feelings || []) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.value = choice.feeling;
        label.append(box, ` ${choice.label}`);
        list.append(label);
    }
}

function shareFeelings() {
    const chosen = [...document.querySelectorAll('#feelings-list input:checked')].map((box) => box.value);
    const words = ownWords($('message').value, state.turn && state.turn.stem);
    const commands = feelingsCommands(chosen, words);
    if (!commands.length) {
        $('room-status').textContent = t('aftermath.choose-feeling');
        return;
    }
    if (!isOpen()) {
        $('room-status').textContent = t('status.not-connected');
        return;
    }
    for (const command of commands) {
        const sent = { id: nextId(), ...command };
        transmit(sent);
        if (sent.type === 'say') {
            rememberDraft(sent.id, sent.text);
            $('message').value = '';
        }
    }
    $('room-status').textContent = '';
}

export function initAftermath() {
    for (const button of document.querySelectorAll('#calm-choices button')) {
        button.addEventListener('click', () => send({ type: 'rate_calm', calm: Number(button.dataset.calm) }));
    }
    $('feelings-share').addEventListener('click', shareFeelings);
    $('apology-accept').addEventListener('click', () => send({ type: 'answer_apology', accepted: true }));
    $('apology-not-yet').addEventListener('click', () => send({ type: 'answer_apology', accepted: false }));
}
