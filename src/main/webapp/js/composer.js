// The message box: who may write now, what a therapist sends as, and drafts the server refused.

import { $ } from './dom.js';
import { t } from './i18n.js';
import { isOpen, transmit } from './live.js';
import { nextId, rememberDraft, state, takeDraft } from './state.js';
import { composerState } from './turns.js';
import { initWriting } from './writing.js';

/**
 * Whether this message goes to the therapist alone: a choice for participants,
 * the only way for observers and for someone in the lobby; never for therapists.
 */
function privateLine() {
    const you = state.you;
    const box = $('private-line');
    $('private-line-box').hidden = !you || you.role === 'therapist';
    const onlyPrivate = !!you && you.role !== 'therapist' && (you.role === 'observer' || you.status === 'waiting');
    if (onlyPrivate) {
        box.checked = true;
        box.disabled = true;
    } else if (box.disabled) {
        box.disabled = false;
        box.checked = false;
    }
    return !!you && you.role !== 'therapist' && box.checked;
}

export function renderComposer() {
    const composer = privateLine()
        ? { ok: true, why: t('composer.private-line') }
        : composerState(state);
    $('message').disabled = !composer.ok;
    $('send').disabled = !composer.ok;
    $('composer-reason').textContent = composer.why;
}

/** A message the server could not save (`unavailable`), sent again with its id: never stored twice. */
let unsaved = null;

/** Puts a refused message back in the box, unless the person has started another one. */
export function restoreDraft(id) {
    const text = takeDraft(id);
    if (text !== undefined && !$('message').value.trim()) {
        $('message').value = text;
        $('message').focus();
    }
}

/**
 * Shows why the server refused a command, and puts a refused message back in
 * the box. When it could not save it (`unavailable`), the words are kept even
 * if the person has started another message, and sending them again reuses
 * the command's id.
 */
export function showRefusal(frame) {
    if (frame.code !== 'unavailable') {
        $('room-status').textContent = frame.message;
        restoreDraft(frame.id);
        return;
    }
    $('room-status').textContent = t('composer.not-sent');
    const text = takeDraft(frame.id);
    if (text === undefined) {
        return;
    }
    const started = $('message').value.trim();
    $('message').value = started && started !== text ? `${text}\n\n${started}` : text;
    unsaved = { id: frame.id, text };
    $('message').focus();
}

/** The id to send a message with: the unsaved message's own when it is sent again unchanged. */
export function idFor(text) {
    const id = unsaved && unsaved.text === text ? unsaved.id : nextId();
    unsaved = null;
    return id;
}

/** The private line sent from the calm screen, waiting for its ack: its id and words. */
let calmLine = null;

/** The server stored (`ack`) or refused (`error`) a command: settles the calm screen's private line if it was that. */
export function settleCalmLine(frame) {
    if (!calmLine || frame.id !== calmLine.id) {
        return;
    }
    if (frame.type === 'ack') {
        $('overlay-private-status').textContent = t('composer.private-sent');
        $('overlay-private').hidden = true;
    } else {
        $('overlay-private-text').value = calmLine.text;
        $('overlay-private-status').textContent = frame.code === 'unavailable' ? t('composer.not-sent') : frame.message;
    }
    calmLine = null;
}

function initCalmLine() {
    $('overlay-private-open').addEventListener('click', () => {
        $('overlay-private').hidden = false;
        $('overlay-private-status').textContent = '';
        $('overlay-private-text').focus();
    });
    $('overlay-private').addEventListener('submit', (event) => {
        event.preventDefault();
        const text = $('overlay-private-text').value.trim();
        if (!text || !isOpen()) {
            $('overlay-private-status').textContent = text ? t('composer.not-connected.words') : '';
            return;
        }
        calmLine = { id: calmLine?.text === text ? calmLine.id : nextId(), text };
        transmit({ type: 'to_therapist', id: calmLine.id, text });
        $('overlay-private-text').value = '';
        $('overlay-private-status').textContent = t('status.sending');
    });
}

export function initComposer() {
    initCalmLine();
    $('composer').addEventListener('submit', (event) => {
        event.preventDefault();
        const text = $('message').value.trim();
        if (!text || !isOpen()) {
            $('room-status').textContent = text ? t('composer.not-connected.message') : '';
            return;
        }
        const therapist = state.you && state.you.role === 'therapist';
        const as = therapist ? $('send-as').value : (privateLine() ? 'to_therapist' : 'say');
        const command = { type: as, id: idFor(text), text };
        if (as === 'whisper') {
            command.to = $('whisper-to').value;
        }
        if (as === 'say' && !$('as-question-box').hidden && $('as-question').checked) {
            command.as = 'question';
            $('as-question').checked = false;
        }
        transmit(command);
        rememberDraft(command.id, text);
        $('message').value = '';
        $('room-status').textContent = '';
    });
    $('private-line').addEventListener('change', renderComposer);
    $('send-as').addEventListener('change', () => {
        const whisper = $('send-as').value === 'whisper';
        $('whisper-to').hidden = !whisper;
        $('whisper-to-label').hidden = !whisper;
    });
    // After the handlers above: a message sent, or the private line chosen, ends this person's "writing…".
    initWriting();
}
