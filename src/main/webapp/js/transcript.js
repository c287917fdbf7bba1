// The conversation as it happens: one entry per event, following the newest
// unless the person has scrolled back to read.

import { $ } from './dom.js';
import { describeEvent } from './events.js';
import { state } from './state.js';

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
    const transcript = $('transcript');
    const atEnd = transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 80;
    transcript.append(item);
    if (atEnd) {
        transcript.scrollTop = transcript.scrollHeight;
    }
}
