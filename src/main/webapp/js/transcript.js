// The conversation as it happens: one entry per event, following the newest
// unless the person has scrolled back to read.

import { $ } from './dom.js';
import { describeEvent } from './events.js';
import { state } from './state.js';

/** Takes away the offer to share a held message once it was shared. */
export function sharedHeld(seq) {
    const button = $('transcript').querySelector(`button[data-share="${Number(seq)}"]`);
    if (button) {
        button.remove();
    }
}

export function appendEvent(event) {
    const shown = describeEvent(state, event);
    if (!shown) {
        return;
    }
    const item = document.createElement('li');
    item.dataset.seq = String(event.seq);
    const meta = document.createElement('div');
    meta.className = 'meta';
    meta.textContent = shown.meta;
    const body = document.createElement('div');
    body.className = shown.className;
    body.textContent = shown.text;
    item.append(meta, body);
    if (shown.share) {
        const share = document.createElement('button');
        share.type = 'button';
        share.className = 'quiet share-held';
        share.dataset.share = String(shown.share);
        share.textContent = 'Share it with the room';
        item.append(share);
    }
    const transcript = $('transcript');
    const atEnd = transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 80;
    transcript.append(item);
    if (atEnd) {
        transcript.scrollTop = transcript.scrollHeight;
    }
}
