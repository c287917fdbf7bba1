// The conversation as it happens, drawn as a calm messenger (see conversation.js):
// bubbles for what people say, quiet lines for what the room does, a separator
// when the day changes, and a "New messages" marker where words arrived while
// the page was hidden. It follows the newest unless the person has scrolled back to read.

import { $ } from './dom.js';
import { continues, dayOf, entryOf } from './conversation.js';
import { state } from './state.js';
import { t } from './i18n.js';
import { dayLabel } from './words.js';

/** How long the "New messages" marker stays once the person is back and it has been brought into view. */
const UNREAD_SEEN_MS = 8000;

/** Whether the newest entry was in view when the page last scrolled: it then stays in view as the page changes size. */
let followingNewest = true;

/** Whether the page is hidden (another tab, a locked phone): words from others then get the marker. */
let away = false;
let unreadTimer = null;

/** Takes away the offer to share a held message once it was shared. */
export function sharedHeld(seq) {
    const button = $('transcript').querySelector(`button[data-share="${Number(seq)}"]`);
    if (button) {
        button.remove();
    }
}

function element(tag, className, text) {
    const made = document.createElement(tag);
    if (className) {
        made.className = className;
    }
    if (text !== undefined) {
        made.textContent = text;
    }
    return made;
}

/** The last entry drawn (a line or a bubble), skipping separators and the marker. */
function lastEntry(transcript) {
    let item = transcript.lastElementChild;
    while (item && !item.dataset.seq) {
        item = item.previousElementSibling;
    }
    return item;
}

/** Where the visible part of the page ends: above the composer pinned to the bottom, if there is one. */
function visibleBottom() {
    const dock = document.getElementById('dock');
    const top = dock && !dock.hidden ? dock.getBoundingClientRect().top : window.innerHeight;
    return Math.min(top, window.innerHeight);
}

function bubble(entry, item, head) {
    item.className = `msg ${entry.side}${head ? '' : ' continued'}`;
    Object.assign(item.dataset, { actor: entry.actor, side: entry.side });
    if (head) {
        const meta = element('div', 'meta');
        if (entry.side === 'mine') {
            meta.append(element('span', 'sr-only', `${t('who.you')} · `), entry.time);
        } else {
            meta.append(element('span', 'who', entry.author), ` · ${entry.time}`);
        }
        item.append(meta);
    }
    const body = element('div', `bubble ${entry.kind}`);
    if (entry.label) {
        body.append(element('div', 'label', entry.label));
    }
    body.append(element('div', entry.className, entry.text));
    item.append(body);
    if (entry.share) {
        const share = element('button', 'quiet share-held', t('conversation.share'));
        share.type = 'button';
        share.dataset.share = String(entry.share);
        item.append(share);
    }
}

/** Whether the newest entry shows above the composer: the person follows the conversation, not reading back. */
function following(transcript) {
    return transcript.getBoundingClientRect().bottom - visibleBottom() < 120;
}

/**
 * Scrolls just enough for the newest words to show above the composer, with
 * what follows them there (the turn's buttons, a card the person opened).
 */
function showNewest() {
    const dock = $('dock');
    let end = $('transcript');
    for (let next = end?.nextElementSibling; next && next !== dock; next = next.nextElementSibling) {
        if (next.getClientRects().length) {
            end = next;
        }
    }
    const below = end ? end.getBoundingClientRect().bottom - visibleBottom() + 12 : 0;
    if (below > 0) {
        window.scrollBy(0, below);
    }
}

/** Something below the conversation appeared or grew (the turn's buttons): the newest words stay in view with it. */
export function keepNewestInView() {
    if ($('transcript') && following($('transcript'))) {
        showNewest();
    }
}

/**
 * Keeps the newest words in view when the page changes size (a phone turned,
 * its keyboard opened), unless the person had scrolled back to read.
 */
export function followNewest() {
    // What the page scrolls into view (a focused field, a card that opens) stays clear of the
    // banner stuck at the top and of the composer pinned to the bottom.
    if (globalThis.ResizeObserver && $('dock') && $('turn-banner')) {
        const root = document.documentElement.style;
        const sizes = new ResizeObserver(() => {
            root.setProperty('--dock-height', `${$('dock').offsetHeight}px`);
            root.setProperty('--banner-height', `${$('turn-banner').offsetHeight}px`);
            if (followingNewest) {
                showNewest();
            }
        });
        sizes.observe($('dock'));
        sizes.observe($('turn-banner'));
    }
    window.addEventListener('scroll', () => {
        followingNewest = !$('transcript') || following($('transcript'));
    }, { passive: true });
    window.addEventListener('resize', () => {
        if (followingNewest) {
            showNewest();
        }
    });
}

export function appendEvent(event) {
    const entry = entryOf(state, event);
    if (!entry) {
        return;
    }
    const transcript = $('transcript');
    const follow = following(transcript);
    const before = lastEntry(transcript);
    const day = dayOf(event.at);
    if (!before || before.dataset.day !== day) {
        transcript.append(element('li', 'day', dayLabel(event.at)));
    }
    if (away && entry.type === 'bubble' && entry.side !== 'mine' && !transcript.querySelector('li.unread')) {
        transcript.append(element('li', 'unread', t('conversation.new-messages')));
    }
    const item = element('li');
    item.dataset.seq = String(event.seq);
    item.dataset.day = day;
    if (entry.type === 'line') {
        item.className = entry.attention ? 'line attention' : 'line';
        item.append(element('span', 'notice', entry.text), ' ', element('span', 'meta', entry.time));
    } else {
        const previous = before && before === transcript.lastElementChild && before.dataset.side
            ? { actor: before.dataset.actor, side: before.dataset.side, since: Number(before.dataset.since) }
            : null;
        const head = !continues(previous, entry);
        item.dataset.since = String(head ? entry.at : previous.since);
        bubble(entry, item, head);
    }
    transcript.append(item);
    if (follow) {
        showNewest();
    }
}

/** Takes the "New messages" marker away. */
export function clearUnread() {
    clearTimeout(unreadTimer);
    unreadTimer = null;
    const marker = $('transcript')?.querySelector('li.unread');
    if (marker) {
        marker.remove();
    }
}

/**
 * The page was hidden or shown again. Back, the marker is brought into view,
 * and taken away a few seconds later, once seen; away again, an old marker
 * goes, so the next one marks where this absence began.
 */
export function noteVisibility(hidden) {
    away = hidden;
    if (hidden) {
        clearUnread();
        return;
    }
    const marker = $('transcript')?.querySelector('li.unread');
    if (marker) {
        marker.scrollIntoView({ block: 'center' });
        unreadTimer = setTimeout(clearUnread, UNREAD_SEEN_MS);
    }
}
