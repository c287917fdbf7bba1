// How each event of the room reads in the transcript and in the therapist's alerts.
// `view` is the page's state: names, who is looking, and the room's mode.

import { dueText, practiceTitle } from './practice.js';
import { acceptedLine, offeredLine } from './repair.js';
import { PROTOCOL_NAMES, clockTime, extendedLine, isMe, list, waitedFor, waitingLine } from './words.js';

/** The answer to a private check-in, for therapists only: its writer's page never shows it back. */
const ANSWER_WORDS = { yes: 'yes', no: 'no', not_sure: 'not sure' };

function isTherapist(view) {
    return !!view.you && view.you.role === 'therapist';
}

const NOTICES = {
    member_joined: (e) => `${e.actorName} joined the room.`,
    member_waiting: (e) => `${e.actorName} is waiting to be let in.`,
    member_admitted: (e) => `${e.targetName} was let in.`,
    member_removed: (e) =>
        e.actor === e.target ? `${e.targetName} left the room.` : `${e.targetName} was removed from the room.`,
    member_muted: (e) => `${e.targetName} is muted until ${clockTime(e.until)}.`,
    member_unmuted: (e) => `${e.targetName} can write again.`,
    session_started: () => 'The session has started.',
    session_ended: () => 'The session has ended.',
    room_updated: (e) => `The room is now called ${e.text}.`,
    protocol_set: (e) => `Now: ${PROTOCOL_NAMES[e.text] || e.text}.`,
    hand_raised: (e) => `${e.targetName} raised a hand.`,
    hand_lowered: (e) => `${e.targetName} lowered their hand.`,
    floor_granted: (e) => `${e.targetName} has the floor.`,
    floor_revoked: (e) => `${e.actorName} took the floor back.`,
    floor_passed: (e) => `${e.targetName} passed.`,
    turn_warning: (e) => `${e.targetName}'s turn is nearly over.`,
    turn_ended: (e) => `${e.targetName}'s time is up.`,
    turn_limit_set: (e) => (e.amount ? `Each turn lasts up to ${e.amount} seconds.` : 'Turns have no time limit now.'),
    listener_set: (e) => `${e.targetName} listens.`,
    paraphrase_confirmed: (e) => (e.amount === 1 ? `${e.actorName}: “Yes, you got it.”` : `${e.actorName}: “Not quite. Please try again.”`),
    step: (e) => (e.targetName ? `${e.targetName}, ${e.prompt ? e.prompt.charAt(0).toLowerCase() + e.prompt.slice(1) : ''} “${e.stem}”` : e.prompt),
    no_more: (e) => `${e.actorName}: “That's all for now.”`,
    dialogue_requested: (e) => (e.actor === e.target ? `${e.actorName} would like a dialogue.` : `${e.actorName} invited ${e.targetName} to ask for a dialogue.`),
    dialogue_accepted: (e) => (e.until ? `${e.actorName} would like the dialogue at ${clockTime(e.until)}.` : `${e.actorName}: “Now is a good time.”`),
    feelings_chosen: (e) => `${e.actorName}: “I felt ${e.feelings.map((f) => f.label).join(', ')}.”`,
    apology_answered: (e) => (e.accepted ? `${e.actorName}: “I accept your apology.”` : `${e.actorName}: “Not yet.”`),
    paused: (e) => `${e.actor === 'attune' ? 'The room' : e.actorName} paused the conversation${e.reason === 'flooded' ? ' to calm down' : ''}: ${e.exercise ? e.exercise.title : 'a break'} until ${clockTime(e.until)}.`,
    check_in: () => 'The pause is over. Time to check in: are you ready to go on?',
    ready: (e) => `${e.actorName} is ready.`,
    calm_rating: (e) => `${e.targetName} feels ${e.amount} of 5 calm.`,
    resumed: () => 'The conversation goes on.',
    more_time: (e, view) => (isMe(view, e.actor) ? 'You took more time.' : `${e.actorName} asked for more time, until ${clockTime(e.until)}.`),
    pause_extended: (e) => extendedLine(e.until),
    check_in_waiting: (e) => waitingLine(e.told),
    signals: (e) => `Signals in ${e.targetName}'s message: ${e.signals.map((s) => `${s.signal.replace('_', ' ')} “${s.words}”`).join(', ')}.`,
    repair_attempt: (e) => `${e.targetName} tried to repair the conversation: ${e.signals.map((s) => `“${s.words}”`).join(', ')}.`,
    // The writer sees the suggestion as its own card; only the therapists read it in the conversation.
    pause_suggested: (e, view) => (isTherapist(view)
        ? `A time-out was suggested to ${e.targetName} alone: their words say they may be flooded (“${e.signals.map((s) => s.words).join('”, “')}”).`
        : null),
    escalation: (e) => `Escalation: ${e.targetName} is heating up (${Math.round(e.heat * 100)}%). ${e.action === 'paused' ? 'The room paused itself.' : 'A pause may help.'}`,
    safety_alert: (e) => `Safety alert for ${e.targetName}: ${e.concerns.map((c) => `${c.concern.replaceAll('_', ' ')} “${c.words}”`).join(', ')}.`,
    held_shared: (e, view) => (isMe(view, e.target) ? 'You shared it with the room.' : `${e.targetName} shared the held message with the room.`),
    resources_offered: (e, view) => (isMe(view, e.target) ? null : `Help lines were offered to ${e.targetName}.`),
    order_set: (e, view) => `Order: ${list(view, e.order)}.`,
    alert_acknowledged: (e) => `${e.actorName} acknowledged the safety alert for ${e.targetName} after ${waitedFor(e.raisedAt, Date.parse(e.at))}.`,
    safe_to_talk_asked: (e, view) => (isTherapist(view) ? `${e.actorName} asked ${e.targetName} privately: safe to talk right now?` : null),
    safe_to_talk_answered: (e, view) => (isTherapist(view) ? `${e.targetName} answered the private check-in: ${ANSWER_WORDS[e.answer] || e.answer}.` : null),
    screen_answered: (e) => `${e.actorName} answered the safety screen${e.flags && e.flags.length ? ': a flag is open (see "Before joint work").' : '.'}`,
    screen_received: (e, view) => (isMe(view, e.target) ? 'Thank you. Only your therapist will see your answers.' : null),
    flag_resolved: (e) => `${e.actorName} resolved the safety flag for ${e.targetName}${e.text ? `: ${e.text}` : '.'}`,
    room_cleared: (e, view) => (view.you && view.you.role === 'therapist'
        ? `${e.actorName} opened the room for conversation.`
        : 'Your therapist has opened the room for conversation.'),
    cycle_map_updated: (e, view) => `${e.actorName} updated ${isMe(view, e.target) ? 'your' : `${e.targetName}'s`} part of the cycle map.`,
    cycle_named: (e) => e.text,
    // The writer sees the prompt as its own card; only the therapists read it in the conversation.
    cycle_prompt: (e, view) => (isTherapist(view) ? `${e.targetName} was asked privately: ${e.text}` : null),
    cycle_step_tagged: (e, view) => (isTherapist(view) ? `${e.actorName} marked ${e.targetName}'s message as a step of their cycle: ${e.cycleStep}.` : null),
    repair_offered: (e, view) => offeredLine(view, e),
    repair_accepted: (e, view) => acceptedLine(view, e),
    practice_assigned: (e) => `${e.actorName} gave the room practice for between sessions: ${practiceTitle(e.practiceKind)}, by ${dueText(e.due)}.`,
    practice_cancelled: (e) => `${e.actorName} took back the practice: ${practiceTitle(e.practiceKind)}.`,
    practice_started: (e, view) => (isTherapist(view)
        ? `${e.actorName} started practising: ${practiceTitle(e.practiceKind)}. What they say stays between them.`
        : `${e.actorName} started practising: ${practiceTitle(e.practiceKind)}. What you say now stays between you; your therapist sees only how it went, in numbers.`),
    practice_done: (e) => `Practice done: ${practiceTitle(e.practiceKind)}, ${Math.max(1, Math.round(e.seconds / 60))} min.`,
    practice_shared: (e, view) => (isMe(view, e.actor)
        ? 'You shared your words of the practice with your therapist.'
        : `${e.actorName} shared their words of the practice: ${e.lines.map((l) => `“${l}”`).join(' ')}`),
    practice_reminders_set: (e, view) => {
        if (isMe(view, e.actor)) {
            return e.text ? `You will be reminded by mail at ${e.text}.` : 'You will not be reminded by mail.';
        }
        return e.text ? `${e.actorName} asked to be reminded of practice by mail.` : `${e.actorName} stopped the reminders.`;
    },
    practice_reminded: () => 'A reminder of the practice went out by mail to those who asked for one.',
    alert_escalated: (e) => `Nobody had acknowledged the safety alert for ${e.targetName}: the practice's on-call contact ${e.level} of ${e.contacts} was told by mail.`,
};

/** The kinds of event the conversation shows as a line in the room's words (to someone, at least). */
export const NOTICE_KINDS = Object.keys(NOTICES);

/** Events that carry someone's words, shown as their text; the others are notices in the room's words. */
export const SPOKEN = ['message', 'guidance', 'whisper', 'note', 'paraphrase', 'clarifying_question', 'to_therapist', 'held_message'];

const ALERTS = ['escalation', 'safety_alert', 'signals', 'repair_attempt', 'pause_suggested', 'alert_acknowledged', 'alert_escalated'];

/**
 * An event as one entry of the transcript: its `meta` line (who, what, when),
 * the `className` of its body and the body's `text`; null when it is not shown.
 */
export function describeEvent(view, event) {
    const time = clockTime(event.at);
    let meta = `${event.actorName} · ${time}`;
    if (SPOKEN.includes(event.kind)) {
        if (event.kind !== 'message' || event.audience === 'participants') {
            meta = `${event.actorName} · ${spokenLabel(view, event)} · ${time}`;
        }
        const shown = { meta, className: `text ${event.kind}`, text: event.text };
        if (event.kind === 'held_message' && isMe(view, event.actor) && event.shareable && !view.shared?.has(event.seq)) {
            shown.share = event.seq;
        }
        return shown;
    }
    const text = NOTICES[event.kind] ? NOTICES[event.kind](event, view) : null;
    return text ? { meta, className: 'notice', text } : null;
}

/** How words meant for fewer than everyone are labelled, for the person looking. */
export function spokenLabel(view, event) {
    const mine = isMe(view, event.actor);
    switch (event.kind) {
        case 'to_therapist':
            return mine ? 'Only to your therapist' : 'Only to the therapist';
        case 'held_message':
            return mine ? 'Not sent to the room: only your therapist can see this' : 'Held back from the room for safety';
        default:
            if (event.audience === 'participants') {
                return 'Practice, between you';
            }
            return { guidance: 'Guidance', whisper: `Private to ${event.targetName}`, note: 'Private note', paraphrase: 'Paraphrase', clarifying_question: 'Clarifying question' }[event.kind];
    }
}

/** A signal, escalation, safety alert or worrying check-in answer as the therapist's console lists it; null for anyone else or any other event. */
export function alertText(view, event) {
    // An answer of no or not sure to a private check-in is the therapist's to act on, so it is listed too.
    const worrying = event.kind === 'safe_to_talk_answered' && event.answer !== 'yes';
    if (!view.you || view.you.role !== 'therapist' || !(ALERTS.includes(event.kind) || worrying)) {
        return null;
    }
    return `${clockTime(event.at)} · ${NOTICES[event.kind](event, view)}`;
}
