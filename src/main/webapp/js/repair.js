// One-tap repair attempts (Gottman's repair phrases): a participant opens
// "Repair" in the composer's row and offers a phrase with one tap, also when it
// is not their turn; the room reads it as a gentle line, and the others may
// accept it there. The server says when phrases are not available (no session,
// a pause, a mute, a safety matter for the therapist); the page shows its
// reason calmly and names nothing else.

import { $ } from './dom.js';
import { t } from './i18n.js';
import { isOpen, transmit } from './live.js';
import { nextId, state } from './state.js';

/** The words of the panel and of the lines in the conversation, in the page's language. */
export const REPAIR_WORDS = {
    get title() { return t('repair-heading'); },
    get hint() { return t('repair.hint'); },
    get accept() { return t('repair.accept'); },
    get sending() { return t('repair.sending'); },
    get notConnected() { return t('repair.not-connected'); },
};

/** The phrases by key, and the offers still open by their seq: `{member, phrase}`. */
let phrases = new Map();
let open = new Map();
/** This page's offers and acceptances that wait for an answer, by command id: the offer accepted, or 0. */
const pending = new Map();

/** The welcome's `repairs`, as maps: the phrases by key, in order, and the open offers by seq. */
export function repairsOf(welcome) {
    const byKey = new Map();
    for (const phrase of (welcome && welcome.phrases) || []) {
        byKey.set(phrase.key, phrase.text);
    }
    const offers = new Map();
    for (const offer of (welcome && welcome.open) || []) {
        offers.set(offer.offer, { member: offer.member, phrase: offer.phrase });
    }
    return { phrases: byKey, open: offers };
}

/**
 * The open offers after an event: an offer opens (closing the one it replaces),
 * an acceptance closes its offer, the end of a session closes them all, a
 * member who leaves takes theirs along. Returns a new map; the old one stays.
 */
export function foldRepairs(offers, event) {
    const next = new Map(offers);
    switch (event.kind) {
        case 'repair_offered':
            if (event.replaces) {
                next.delete(event.replaces);
            }
            next.set(event.seq, { member: event.actor, phrase: event.phrase });
            return next;
        case 'repair_accepted':
            next.delete(event.offer);
            return next;
        case 'session_ended':
            return new Map();
        case 'member_removed':
            for (const [seq, offer] of offers) {
                if (offer.member === event.target) {
                    next.delete(seq);
                }
            }
            return next;
        default:
            return offers;
    }
}

/** Whether the person looking may accept this offer: a participant, not its offerer, while it is open. */
export function mayAccept(view, offers, seq) {
    const offer = offers.get(seq);
    return !!offer && !!view.you && view.you.role === 'participant' && view.you.id !== offer.member;
}

/** The phrase's words, by its key; the event's own words when it carries them. */
function wordsOf(phrase, text) {
    return text || phrases.get(phrase) || t('repair.a-repair');
}

function mine(view, id) {
    return !!view.you && view.you.id === id;
}

/** "Alex Chen offered a repair: “I'm sorry.”", or "You offered…" for its offerer. */
export function offeredLine(view, event) {
    const words = wordsOf(event.phrase, event.text);
    return mine(view, event.actor) ? t('repair.offered.you', { words }) : t('repair.offered', { name: event.actorName, words });
}

/** "Sam Rivera accepted: I'm sorry." (the phrase's words from the welcome), or "You accepted: …". */
export function acceptedLine(view, event) {
    const words = wordsOf(event.phrase);
    return mine(view, event.actor) ? t('repair.accepted.you', { words }) : t('repair.accepted', { name: event.actorName, words });
}

/** The command that offers a phrase, or accepts an offer. */
export function offerCommand(phrase) {
    return { type: 'offer_repair', phrase };
}

export function acceptCommand(seq) {
    return { type: 'accept_repair', offer: seq };
}

/** Remembers the welcome's phrases and open offers; returns the open offers. */
export function knowRepairs(welcomeRepairs) {
    const repairs = repairsOf(welcomeRepairs);
    phrases = repairs.phrases;
    open = repairs.open;
    return open;
}

/** A welcome: the phrases, the open offers, and the panel for participants only. */
export function showRepairWelcome(frame) {
    knowRepairs(frame.repairs);
    pending.clear();
    const participant = !!state.you && state.you.role === 'participant' && state.you.status === 'active';
    $('repair-open').hidden = !participant;
    if (!participant) {
        closePanel();
    }
    renderPhrases();
    // Lines already on the page (a socket that reconnected) keep an Accept only while their offer is open.
    for (const button of $('transcript').querySelectorAll('button.repair-accept')) {
        if (!mayAccept(state, open, Number(button.dataset.offer))) {
            button.remove();
        }
    }
}

/** An event, once drawn in the conversation: its line is marked, and an open offer gets its Accept. */
export function followRepair(event) {
    open = foldRepairs(open, event);
    if (event.kind === 'repair_offered') {
        if (event.replaces) {
            settleLine(event.replaces, 'replaced');
        }
        const line = lineOf(event.seq);
        if (line) {
            line.classList.add('repair');
            if (mayAccept(state, open, event.seq)) {
                line.append(acceptButton(event));
            }
        }
    } else if (event.kind === 'repair_accepted') {
        settleLine(event.offer, 'accepted');
        const line = lineOf(event.seq);
        if (line) {
            line.classList.add('repair', 'repair-acceptance');
        }
    } else if (event.kind === 'session_ended' || event.kind === 'member_removed') {
        for (const button of $('transcript').querySelectorAll('button.repair-accept')) {
            if (!open.has(Number(button.dataset.offer))) {
                button.remove();
            }
        }
    }
}

/**
 * The answer to one of this page's repair commands: an ack closes the panel,
 * a refusal shows its reason in the panel, calmly. Returns whether it was one.
 */
export function settleRepair(frame) {
    if (!pending.has(frame.id)) {
        return false;
    }
    const accepted = pending.get(frame.id);
    pending.delete(frame.id);
    if (accepted) {
        refusedAcceptance(accepted, frame);
        return true;
    }
    if (frame.type === 'ack') {
        $('repair-status').textContent = '';
        if (!$('repair-box').hidden) {
            closePanel();
            $('repair-open').focus();
        }
        return true;
    }
    $('repair-box').hidden = false;
    $('repair-open').setAttribute('aria-expanded', 'true');
    $('repair-status').textContent = frame.message;
    return true;
}

/** An acceptance refused: its reason shows on the offer's line, which keeps its Accept while the offer is open. */
function refusedAcceptance(seq, frame) {
    const line = lineOf(seq);
    const button = line?.querySelector('button.repair-accept');
    if (frame.type === 'ack' || !line) {
        return;
    }
    if (button) {
        button.disabled = !open.has(seq);
    }
    let note = line.querySelector('.repair-note');
    if (!note) {
        note = document.createElement('span');
        note.className = 'repair-note';
        note.setAttribute('role', 'status');
        line.append(note);
    }
    note.textContent = frame.message;
}

function lineOf(seq) {
    return $('transcript').querySelector(`li[data-seq="${Number(seq)}"]`);
}

/** An offer that was accepted or replaced: its Accept goes, and its line says so quietly. */
function settleLine(seq, how) {
    const line = lineOf(seq);
    if (line) {
        line.querySelector('button.repair-accept')?.remove();
        line.querySelector('.repair-note')?.remove();
        line.classList.add(`repair-${how}`);
    }
}

function acceptButton(event) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'quiet repair-accept';
    button.dataset.offer = String(event.seq);
    button.textContent = REPAIR_WORDS.accept;
    button.setAttribute('aria-label', t('repair.accept-label', { name: event.actorName, words: wordsOf(event.phrase, event.text) }));
    return button;
}

function send(command, status, offer = 0) {
    if (!isOpen()) {
        status.textContent = REPAIR_WORDS.notConnected;
        return;
    }
    const id = nextId();
    pending.set(id, offer);
    transmit({ id, ...command });
}

function renderPhrases() {
    const box = $('repair-phrases');
    box.replaceChildren();
    for (const [key, text] of phrases) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'quiet repair-phrase';
        button.dataset.phrase = key;
        button.textContent = text;
        box.append(button);
    }
}

function closePanel() {
    $('repair-box').hidden = true;
    $('repair-open').setAttribute('aria-expanded', 'false');
    $('repair-status').textContent = '';
}

/** Sets the panel up once: opening it, a phrase offered with one tap, an offer accepted in the conversation. */
export function initRepair() {
    $('repair-heading').textContent = REPAIR_WORDS.title;
    $('repair-hint').textContent = REPAIR_WORDS.hint;
    $('repair-open').addEventListener('click', () => {
        if ($('repair-box').hidden) {
            $('repair-box').hidden = false;
            $('repair-open').setAttribute('aria-expanded', 'true');
            $('repair-status').textContent = '';
            $('repair-phrases').querySelector('button')?.focus();
        } else {
            closePanel();
        }
    });
    $('repair-cancel').addEventListener('click', () => {
        closePanel();
        $('repair-open').focus();
    });
    $('repair-phrases').addEventListener('click', (e) => {
        const phrase = e.target.closest('button[data-phrase]');
        if (phrase) {
            $('repair-status').textContent = REPAIR_WORDS.sending;
            send(offerCommand(phrase.dataset.phrase), $('repair-status'));
        }
    });
    $('transcript').addEventListener('click', (e) => {
        const accept = e.target.closest('button.repair-accept');
        if (accept) {
            accept.disabled = true;
            const seq = Number(accept.dataset.offer);
            send(acceptCommand(seq), $('room-status'), seq);
        }
    });
}
