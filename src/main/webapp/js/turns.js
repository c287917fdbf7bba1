// Whose turn it is, in words and in what the person may do: the room's turn
// frame read from one person's point of view. `view` is the page's state.

import { has, t as tr } from './i18n.js';
import { clockTime, isMe, list, protocolName, timeLeft, who } from './words.js';

/** A step of a dialogue in words; the wire name itself for a step the page does not know. */
function stepName(step) {
    return has(`turns.step.${step}`) ? tr(`turns.step.${step}`) : step;
}

/** " Next: Jo, Sam." after a sentence, when someone comes next; `last` otherwise. */
function nextLine(view, order, last = '') {
    return order.length ? ` ${tr('turns.next', { names: list(view, order) })}` : last;
}

/** Where the protocol stands, in words, from the person's point of view. */
export function turnSummary(view, t) {
    const mine = (id) => isMe(view, id);
    const name = (id, within) => who(view, id, within);
    switch (t.protocol) {
        case 'floor':
            return (t.holder ? (mine(t.holder) ? tr('turns.floor.holder.you') : tr('turns.floor.holder', { name: name(t.holder) }))
                : tr('turns.floor.nobody'))
                + (t.queue.length ? ` ${tr('turns.floor.hands', { names: list(view, t.queue) })}` : '');
        case 'speaker_listener':
            return speakerListenerSummary(view, t);
        case 'imago':
            return imagoSummary(view, t);
        case 'round':
            return t.holder ? (mine(t.holder) ? tr('turns.round.holder.you') : tr('turns.round.holder', { name: name(t.holder) }))
                + nextLine(view, t.order, ` ${tr('turns.round.last')}`)
                : tr('turns.round.idle');
        case 'repair':
            if (t.phase === 'repaired') {
                return tr('turns.repair.repaired');
            }
            if (t.phase === 'calm_check') {
                return tr('turns.repair.calm_check');
            }
            if (!t.stepBy) {
                return tr('turns.repair.idle');
            }
            return mine(t.stepBy) ? tr('turns.repair.answering.you', { step: stepName(t.step) })
                : tr('turns.repair.answering', { name: name(t.stepBy), step: stepName(t.step) });
        case 'appreciation':
            if (t.phase === 'done') {
                return tr('turns.appreciation.done');
            }
            return t.stepBy ? (mine(t.stepBy) ? tr('turns.appreciation.you') : tr('turns.appreciation', { name: name(t.stepBy) }))
                + nextLine(view, t.order)
                : tr('turns.appreciation.idle');
        default:
            return tr('turns.open');
    }
}

/** Speaker-listener in words: who speaks, who listens, says back, checks or answers. */
function speakerListenerSummary(view, t) {
    const mine = (id) => isMe(view, id);
    const name = (id, within) => who(view, id, within);
    switch (t.phase) {
        case 'idle':
            return tr('turns.speaker_listener.idle');
        case 'speaking':
            if (mine(t.holder)) {
                return tr('turns.speaker_listener.speaking.you-speak', { listener: name(t.partner, true) });
            }
            return mine(t.partner) ? tr('turns.speaker_listener.speaking.you-listen', { speaker: name(t.holder) })
                : tr('turns.speaker_listener.speaking', { speaker: name(t.holder), listener: name(t.partner, true) });
        case 'paraphrasing':
            return mine(t.partner) ? tr('turns.speaker_listener.paraphrasing.you')
                : tr('turns.speaker_listener.paraphrasing', { name: name(t.partner) });
        case 'confirming':
            return mine(t.holder) ? tr('turns.speaker_listener.confirming.you')
                : tr('turns.speaker_listener.confirming', { name: name(t.holder) });
        case 'answering':
            if (mine(t.holder)) {
                return tr('turns.speaker_listener.answering.you');
            }
            return mine(t.partner) ? tr('turns.speaker_listener.answering.yours', { name: name(t.holder) })
                : tr('turns.speaker_listener.answering', { name: name(t.holder) });
        default:
            return '';
    }
}

/** The Imago dialogue in words: the appointment, the steps, and the sender's "Did I get it?". */
function imagoSummary(view, t) {
    const mine = (id) => isMe(view, id);
    const name = (id, within) => who(view, id, within);
    switch (t.phase) {
        case 'requested':
            return mine(t.holder) ? tr('turns.imago.requested.you') : tr('turns.imago.requested', { name: name(t.holder) });
        case 'appointed':
            return mine(t.holder) ? tr('turns.imago.appointed.you', { time: clockTime(t.appointment) })
                : tr('turns.imago.appointed', { time: clockTime(t.appointment), name: name(t.holder) });
        case 'confirm_mirror':
        case 'confirm_summary':
        case 'confirm_empathy':
            if (mine(t.stepBy)) {
                return tr('turns.imago.confirm.you', { stem: t.stem });
            }
            return mine(t.partner) ? tr('turns.imago.confirm.to-you', { name: name(t.stepBy) }) : tr('turns.imago.confirm', { name: name(t.stepBy) });
        default:
            return t.step ? imagoStepLine(view, t) : tr('turns.imago.idle');
    }
}

/** Who shares, who receives, and the step under way, for whom. */
function imagoStepLine(view, t) {
    const values = {
        sender: who(view, t.holder),
        receiver: who(view, t.partner, true),
        step: stepName(t.step),
        by: who(view, t.stepBy, true),
    };
    if (isMe(view, t.holder)) {
        return tr('turns.imago.sharing.you-share', values);
    }
    return isMe(view, t.partner) ? tr('turns.imago.sharing.you-receive', values) : tr('turns.imago.sharing', values);
}

/**
 * The next moment the clock shows `hhmm` ("19:40"), from `now`: today, or
 * tomorrow when that time has passed. An ISO instant, as accept_dialogue takes it.
 */
export function nextAt(hhmm, now = new Date()) {
    const [hours, minutes] = hhmm.split(':').map(Number);
    const at = new Date(now);
    at.setHours(hours, minutes, 0, 0);
    if (at <= now) {
        at.setDate(at.getDate() + 1);
    }
    return at.toISOString();
}

/** The turn's state line: the summary, and the time left when the turn has a limit. */
export function turnStateText(view, t, now = Date.now()) {
    let text = t ? turnSummary(view, t) : '';
    if (t && t.deadline) {
        text += ` ${tr('turns.time-left', { left: timeLeft(t.deadline, now) })}`;
    }
    return text;
}

/** Whether this person may write now, and if not, why, in the words of the room's state. */
export function composerState(view) {
    const you = view.you;
    if (!you || you.role === 'observer') {
        return { ok: false, why: tr('turns.why.observer') };
    }
    if (you.role === 'therapist') {
        return { ok: true, why: '' };
    }
    if (!view.sessionRunning) {
        return { ok: false, why: tr('turns.why.no-session') };
    }
    if (view.pause) {
        return { ok: false, why: tr('turns.why.paused') };
    }
    const t = view.turn;
    const me = you.id;
    if (!t) {
        return { ok: true, why: '' };
    }
    const mine = {
        open: true,
        floor: t.holder === me,
        round: t.holder === me,
        speaker_listener: (['speaking', 'answering'].includes(t.phase) && t.holder === me) || (t.phase === 'paraphrasing' && t.partner === me),
        imago: t.stepBy === me && !confirming(t),
        repair: t.phase === 'repaired' || (t.stepBy === me && t.step !== 'apology_answer'),
        appreciation: t.phase === 'done' || t.stepBy === me,
    }[t.protocol];
    if (mine) {
        return { ok: true, why: '' };
    }
    if (t.protocol === 'speaker_listener' && t.phase === 'confirming' && t.holder === me) {
        return { ok: false, why: tr('turns.why.confirm-paraphrase') };
    }
    if (t.protocol === 'imago' && confirming(t) && t.stepBy === me) {
        return { ok: false, why: tr('turns.why.confirm-imago') };
    }
    if (t.protocol === 'repair' && t.phase === 'calm_check') {
        return { ok: false, why: tr('turns.why.calm-check') };
    }
    if (t.protocol === 'repair' && t.step === 'apology_answer' && t.stepBy === me) {
        return { ok: false, why: tr('turns.why.apology') };
    }
    if (t.protocol === 'floor' && t.queue.includes(me)) {
        const place = t.queue.indexOf(me) + 1;
        return { ok: false, why: tr('turns.why.hand-raised', { place }) };
    }
    if (t.protocol === 'floor') {
        return { ok: false, why: tr('turns.why.floor-other') };
    }
    if (['round', 'appreciation'].includes(t.protocol) && t.order.includes(me)) {
        const place = t.order.indexOf(me) + 1;
        const next = t.protocol === 'round' ? tr('turns.why.next-stick') : tr('turns.why.next');
        return { ok: false, why: place === 1 ? next : tr('turns.why.turn-comes', { count: place }) };
    }
    return { ok: false, why: tr('turns.why.not-yet', { summary: turnSummary(view, t) }) };
}

/** Which of the turn's buttons this person sees now. */
export function turnControls(view, t) {
    const mine = (id) => isMe(view, id);
    const you = view.you;
    const participant = you.role === 'participant';
    return {
        raiseHand: participant && t.protocol === 'floor' && !mine(t.holder) && !t.queue.includes(you.id),
        lowerHand: t.protocol === 'floor' && t.queue.includes(you.id),
        passFloor: (['floor', 'round', 'appreciation'].includes(t.protocol) && mine(t.holder))
            || (t.protocol === 'speaker_listener' && t.phase === 'speaking' && mine(t.holder))
            || (t.protocol === 'imago' && t.step === 'send' && mine(t.stepBy))
            || (t.protocol === 'repair' && t.phase === 'answering' && mine(t.stepBy)
                && !['realities_validation', 'apology_answer'].includes(t.step)),
        noMore: t.protocol === 'imago' && t.step === 'more' && mine(t.stepBy),
        confirm: (t.protocol === 'speaker_listener' && t.phase === 'confirming' && mine(t.holder))
            || (t.protocol === 'imago' && confirming(t) && mine(t.stepBy)),
        askDialogue: participant && t.protocol === 'imago'
            && (t.phase === 'idle' || (t.phase === 'appointed' && mine(t.holder))),
        acceptDialogue: participant && t.protocol === 'imago' && ['requested', 'appointed'].includes(t.phase) && !mine(t.holder),
        question: t.protocol === 'speaker_listener' && t.phase === 'paraphrasing' && mine(t.partner),
    };
}

/** Whether the Imago sender is answering the receiver's check ("Did I get it?"). */
function confirming(t) {
    return typeof t.step === 'string' && t.step.startsWith('confirm_');
}

/** Who speaks now and next in a round or a repair, as the list shows them. */
export function upcomingOrder(view, t) {
    const upcoming = ['round', 'repair', 'appreciation'].includes(t.protocol) ? [t.holder, ...t.order].filter(Boolean) : [];
    return upcoming.map((id) => (id === t.holder ? tr('turns.now', { name: who(view, id) }) : who(view, id)));
}

/**
 * The start of the sentence stem, offered once in the message box when it is
 * this person's step; null when there is nothing (new) to offer.
 */
export function stemPrefill(view, t) {
    const key = `${t.step}|${t.stepBy}${t.again ? '|again' : ''}`;
    // A check or an apology is answered with buttons: its stem is not offered in the message box.
    if (!t.stem || !isMe(view, t.stepBy) || key === view.prefilled || confirming(t) || t.step === 'apology_answer') {
        return null;
    }
    return { key, text: `${t.stem.split('…')[0].trimEnd()} ` };
}

/**
 * Whose turn it is, for the banner above the conversation: the member whose
 * words or answer the protocol waits for now, or null when anyone may speak
 * or nobody is asked yet.
 */
export function turnOwner(t) {
    if (!t) {
        return null;
    }
    switch (t.protocol) {
        case 'floor':
        case 'round':
            return t.holder || null;
        case 'speaker_listener':
            if (t.phase === 'paraphrasing') {
                return t.partner || null;
            }
            return ['speaking', 'confirming', 'answering'].includes(t.phase) ? t.holder || null : null;
        case 'imago':
        case 'repair':
        case 'appreciation':
            return t.stepBy || null;
        default:
            return null;
    }
}

/** The banner's headline: "Your turn", "Sam Rivera's turn", or the protocol's name when nobody's turn is waited for. */
export function bannerHeadline(view, t) {
    const owner = turnOwner(t);
    if (!owner) {
        return { text: protocolName(t.protocol), mine: false, owner: null };
    }
    return isMe(view, owner)
        ? { text: tr('conversation.your-turn'), mine: true, owner }
        : { text: tr('conversation.turn-of', { name: who(view, owner) }), mine: false, owner };
}
