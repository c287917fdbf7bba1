// Whose turn it is, in words and in what the person may do: the room's turn
// frame read from one person's point of view. `view` is the page's state.

import { t as tr } from './i18n.js';
import { isMe, list, protocolName, timeLeft, who } from './words.js';

/** The repair's steps in words, where the wire name is not already a word. */
const REPAIR_STEPS = {
    realities_validation: 'summing up and validating',
    apology_answer: 'the answer to the apology',
    apology_need: 'what is still needed',
};

/** Where the protocol stands, in words, from the person's point of view. */
export function turnSummary(view, t) {
    const mine = (id) => isMe(view, id);
    const name = (id, within) => who(view, id, within);
    const has = (id, what) => `${name(id)} ${mine(id) ? 'have' : 'has'} ${what}.`;
    switch (t.protocol) {
        case 'floor':
            return (t.holder ? has(t.holder, 'the floor') : 'Nobody has the floor.')
                + (t.queue.length ? ` Hands raised: ${list(view, t.queue)}.` : '');
        case 'speaker_listener':
            return {
                idle: 'Waiting for the first speaker.',
                speaking: `${name(t.holder)} ${mine(t.holder) ? 'speak' : 'speaks'}; ${name(t.partner, true)} ${mine(t.partner) ? 'listen' : 'listens'}.`,
                paraphrasing: `${name(t.partner)} ${mine(t.partner) ? 'say' : 'says'} back what ${mine(t.partner) ? 'you' : 'they'} heard.`,
                confirming: `${name(t.holder)} ${mine(t.holder) ? 'check' : 'checks'} the paraphrase.`,
                answering: `${name(t.holder)} ${mine(t.holder) ? 'answer' : 'answers'} ${mine(t.partner) ? 'your' : 'the'} question.`,
            }[t.phase] || '';
        case 'imago':
            return imagoSummary(view, t);
        case 'round':
            return t.holder ? has(t.holder, 'the talking stick') + (t.order.length ? ` Next: ${list(view, t.order)}.` : ' Last turn of this round.')
                : 'The round has not started yet.';
        case 'repair':
            if (t.phase === 'repaired') {
                return 'Everyone has answered every stage. The conversation is open again.';
            }
            if (t.phase === 'calm_check') {
                return 'Before the repair begins, each of you says how calm you feel. It begins when everyone feels calm enough.';
            }
            return t.stepBy ? `${name(t.stepBy)} ${mine(t.stepBy) ? 'answer' : 'answers'}: ${REPAIR_STEPS[t.step] || t.step}.` : 'The repair has not started yet.';
        case 'appreciation':
            if (t.phase === 'done') {
                return 'Each of you has said what you appreciated. The conversation is open again.';
            }
            return t.stepBy ? `${name(t.stepBy)} ${mine(t.stepBy) ? 'say' : 'says'} one thing ${mine(t.stepBy) ? 'you' : 'they'} appreciated.`
                + (t.order.length ? ` Next: ${list(view, t.order)}.` : '')
                : 'The appreciation round has not started yet.';
        default:
            return 'Anyone may speak.';
    }
}

/** The Imago dialogue in words: the appointment, the steps, and the sender's "Did I get it?". */
function imagoSummary(view, t) {
    const mine = (id) => isMe(view, id);
    const name = (id, within) => who(view, id, within);
    switch (t.phase) {
        case 'requested':
            return mine(t.holder) ? 'You asked for a dialogue. It starts when your partner accepts.'
                : `${name(t.holder)} would like a dialogue with you. Is now a good time?`;
        case 'appointed':
            return `The dialogue is set for ${clock(t.appointment)}. ${mine(t.holder) ? 'Ask again when it is time.' : `${name(t.holder)} will ask again then.`}`;
        case 'confirm_mirror':
        case 'confirm_summary':
        case 'confirm_empathy':
            return mine(t.stepBy) ? `Your partner asks: "${t.stem}"` : `${name(t.stepBy)} ${mine(t.partner) ? 'tells you' : 'says'} whether it landed.`;
        default:
            return t.step ? `${name(t.holder)} ${mine(t.holder) ? 'are' : 'is'} sharing; ${name(t.partner, true)} ${mine(t.partner) ? 'are' : 'is'} receiving. Step: ${t.step}, for ${name(t.stepBy, true)}.`
                : 'The dialogue has not started yet. Either of you may ask for one.';
    }
}

/** A time of day in the person's own clock, e.g. "19:40". */
function clock(iso) {
    return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
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
        text += ` ${timeLeft(t.deadline, now)} left in this turn.`;
    }
    return text;
}

/** Whether this person may write now, and if not, why, in the words of the room's state. */
export function composerState(view) {
    const you = view.you;
    if (!you || you.role === 'observer') {
        return { ok: false, why: 'Observers read along.' };
    }
    if (you.role === 'therapist') {
        return { ok: true, why: '' };
    }
    if (!view.sessionRunning) {
        return { ok: false, why: 'The session has not started yet.' };
    }
    if (view.pause) {
        return { ok: false, why: 'The room is taking a pause.' };
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
        return { ok: false, why: 'First say whether the paraphrase was accurate, with the buttons above.' };
    }
    if (t.protocol === 'imago' && confirming(t) && t.stepBy === me) {
        return { ok: false, why: 'First tell your partner whether they got it, with the buttons above.' };
    }
    if (t.protocol === 'repair' && t.phase === 'calm_check') {
        return { ok: false, why: 'First, say how calm you feel. There is no hurry.' };
    }
    if (t.protocol === 'repair' && t.step === 'apology_answer' && t.stepBy === me) {
        return { ok: false, why: 'First say whether you accept the apology, with the buttons above.' };
    }
    if (t.protocol === 'floor' && t.queue.includes(me)) {
        const place = t.queue.indexOf(me) + 1;
        return { ok: false, why: `Your hand is raised: you are number ${place} in the queue.` };
    }
    if (t.protocol === 'floor') {
        return { ok: false, why: 'Someone else has the floor. Raise your hand to speak next.' };
    }
    if (['round', 'appreciation'].includes(t.protocol) && t.order.includes(me)) {
        const place = t.order.indexOf(me) + 1;
        const next = t.protocol === 'round' ? 'You are next with the talking stick.' : 'You are next.';
        return { ok: false, why: place === 1 ? next : `Your turn comes: ${place} to go.` };
    }
    return { ok: false, why: `It is not your turn yet. ${turnSummary(view, t)}` };
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
    return upcoming.map((id) => (id === t.holder ? `${who(view, id)} (now)` : who(view, id)));
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
