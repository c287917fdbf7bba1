// The message box: who may write now, what a therapist sends as, and drafts the server refused.

import { $ } from './dom.js';
import { isOpen, transmit } from './live.js';
import { nextId, rememberDraft, state, takeDraft } from './state.js';
import { composerState } from './turns.js';

export function renderComposer() {
    const composer = composerState(state);
    $('message').disabled = !composer.ok;
    $('send').disabled = !composer.ok;
    $('composer-reason').textContent = composer.why;
}

/** Puts a refused message back in the box, unless the person has started another one. */
export function restoreDraft(id) {
    const text = takeDraft(id);
    if (text !== undefined && !$('message').value.trim()) {
        $('message').value = text;
        $('message').focus();
    }
}

export function initComposer() {
    $('composer').addEventListener('submit', (event) => {
        event.preventDefault();
        const text = $('message').value.trim();
        if (!text || !isOpen()) {
            $('room-status').textContent = text ? 'Not connected yet. Your message is still here; try again in a moment.' : '';
            return;
        }
        const as = state.you && state.you.role === 'therapist' ? $('send-as').value : 'say';
        const command = { type: as, id: nextId(), text };
        if (as === 'whisper') {
            command.to = $('whisper-to').value;
        }
        transmit(command);
        rememberDraft(command.id, text);
        $('message').value = '';
        $('room-status').textContent = '';
    });
    $('send-as').addEventListener('change', () => {
        const whisper = $('send-as').value === 'whisper';
        $('whisper-to').hidden = !whisper;
        $('whisper-to-label').hidden = !whisper;
    });
}
