// How each event of the room reads in the transcript and in the therapist's alerts.
// `view` is the page's state: names, who is looking, and the room's mode.

import { has, t } from './i18n.js';
import { dueText, practiceTitle } from './practice.js';
import { acceptedLine, offeredLine } from './repair.js';
import { clockTime, extendedLine, isMe, list, protocolName, waitedFor, waitingLine } from './words.js';

function isTherapist(view) {
    return !!view.you && view.you.role === 'therapist';
}

/** A code from the server in the page's words ("rapid_fire" reads "rapid fire"), the code itself if the page lacks it. */
function named(prefix, code) {
    return has(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : String(code).replaceAll('_', ' ');
}

/** The words behind signals or concerns, as "criticism “you always”, threat “or else”". */
function cues(items, field) {
    return items.map((item) => t('event.cue', { name: named(field, item[field]), words: item.words })).join(', ');
}

const quoted = (words) => t('event.quoted', { words });

function pausedLine(e) {
    return t(e.reason === 'flooded' ? 'event.paused.flooded' : 'event.paused', {
        who: e.actor === 'attune' ? t('event.the-room') : e.actorName,
        what: e.exercise ? e.exercise.title : t('event.a-break'),
        time: clockTime(e.until),
    });
}

function stepLine(e) {
    if (!e.targetName) {
        return e.prompt;
    }
    const prompt = e.prompt ? e.prompt.charAt(0).toLowerCase() + e.prompt.slice(1) : '';
    return t('event.step', { name: e.targetName, prompt, stem: e.stem });
}

function remindersLine(e, view) {
    if (isMe(view, e.actor)) {
        return e.text ? t('event.practice_reminders_set.you', { address: e.text }) : t('event.practice_reminders_set.you-none');
    }
    return t(e.text ? 'event.practice_reminders_set' : 'event.practice_reminders_set.stopped', { name: e.actorName });
}

const NOTICES = {
    member_joined: (e) => t('event.member_joined', { name: e.actorName }),
    member_waiting: (e) => t('event.member_waiting', { name: e.actorName }),
    member_admitted: (e) => t('event.member_admitted', { name: e.targetName }),
    member_removed: (e) => t(e.actor === e.target ? 'event.member_removed.left' : 'event.member_removed', { name: e.targetName }),
    member_muted: (e) => t('event.member_muted', { name: e.targetName, time: clockTime(e.until) }),
    member_unmuted: (e) => t('event.member_unmuted', { name: e.targetName }),
    session_started: () => t('event.session_started'),
    session_ended: () => t('event.session_ended'),
    room_updated: (e) => t('event.room_updated', { name: e.text }),
    protocol_set: (e) => t('event.protocol_set', { protocol: protocolName(e.text) || e.text }),
    hand_raised: (e) => t('event.hand_raised', { name: e.targetName }),
    hand_lowered: (e) => t('event.hand_lowered', { name: e.targetName }),
    floor_granted: (e) => t('event.floor_granted', { name: e.targetName }),
    floor_revoked: (e) => t('event.floor_revoked', { name: e.actorName }),
    floor_passed: (e) => t('event.floor_passed', { name: e.targetName }),
    turn_warning: (e) => t('event.turn_warning', { name: e.targetName }),
    turn_ended: (e) => t('event.turn_ended', { name: e.targetName }),
    turn_limit_set: (e) => (e.amount ? t('event.turn_limit_set', { count: e.amount }) : t('event.turn_limit_set.none')),
    listener_set: (e) => t('event.listener_set', { name: e.targetName }),
    paraphrase_confirmed: (e) => t(e.amount === 1 ? 'event.paraphrase_confirmed' : 'event.paraphrase_confirmed.not-quite', { name: e.actorName }),
    step: stepLine,
    no_more: (e) => t('event.no_more', { name: e.actorName }),
    dialogue_requested: (e) => (e.actor === e.target
        ? t('event.dialogue_requested', { name: e.actorName })
        : t('event.dialogue_requested.invited', { name: e.actorName, other: e.targetName })),
    dialogue_accepted: (e) => (e.until
        ? t('event.dialogue_accepted.later', { name: e.actorName, time: clockTime(e.until) })
        : t('event.dialogue_accepted', { name: e.actorName })),
    feelings_chosen: (e) => t('event.feelings_chosen', { name: e.actorName, feelings: e.feelings.map((f) => f.label).join(', ') }),
    apology_answered: (e) => t(e.accepted ? 'event.apology_answered' : 'event.apology_answered.not-yet', { name: e.actorName }),
    paused: pausedLine,
    check_in: () => t('event.check_in'),
    ready: (e) => t('event.ready', { name: e.actorName }),
    calm_rating: (e) => t('event.calm_rating', { name: e.targetName, calm: e.amount }),
    resumed: () => t('event.resumed'),
    more_time: (e, view) => (isMe(view, e.actor) ? t('event.more_time.you') : t('event.more_time', { name: e.actorName, time: clockTime(e.until) })),
    pause_extended: (e) => extendedLine(e.until),
    check_in_waiting: (e) => waitingLine(e.told),
    signals: (e) => t('event.signals', { name: e.targetName, signals: cues(e.signals, 'signal') }),
    repair_attempt: (e) => t('event.repair_attempt', { name: e.targetName, words: e.signals.map((s) => quoted(s.words)).join(', ') }),
    // The writer sees the suggestion as its own card; only the therapists read it in the conversation.
    pause_suggested: (e, view) => (isTherapist(view)
        ? t('event.pause_suggested', { name: e.targetName, words: e.signals.map((s) => quoted(s.words)).join(', ') })
        : null),
    escalation: (e) => t(e.action === 'paused' ? 'event.escalation.paused' : 'event.escalation', {
        name: e.targetName, heat: Math.round(e.heat * 100),
    }),
    safety_alert: (e) => t('event.safety_alert', { name: e.targetName, concerns: cues(e.concerns, 'concern') }),
    held_shared: (e, view) => (isMe(view, e.target) ? t('event.held_shared.you') : t('event.held_shared', { name: e.targetName })),
    resources_offered: (e, view) => (isMe(view, e.target) ? null : t('event.resources_offered', { name: e.targetName })),
    order_set: (e, view) => t('event.order_set', { order: list(view, e.order) }),
    alert_acknowledged: (e) => t('event.alert_acknowledged', {
        name: e.actorName, other: e.targetName, waited: waitedFor(e.raisedAt, Date.parse(e.at)),
    }),
    safe_to_talk_asked: (e, view) => (isTherapist(view) ? t('event.safe_to_talk_asked', { name: e.actorName, other: e.targetName }) : null),
    safe_to_talk_answered: (e, view) => (isTherapist(view)
        ? t('event.safe_to_talk_answered', { name: e.targetName, answer: named('event.answer', e.answer) })
        : null),
    screen_answered: (e) => t(e.flags && e.flags.length ? 'event.screen_answered.flag' : 'event.screen_answered', { name: e.actorName }),
    screen_received: (e, view) => (isMe(view, e.target) ? t('screen-thanks.text') : null),
    flag_resolved: (e) => (e.text
        ? t('event.flag_resolved.why', { name: e.actorName, other: e.targetName, why: e.text })
        : t('event.flag_resolved', { name: e.actorName, other: e.targetName })),
    room_cleared: (e, view) => (isTherapist(view) ? t('event.room_cleared', { name: e.actorName }) : t('event.room_cleared.by-therapist')),
    cycle_map_updated: (e, view) => (isMe(view, e.target)
        ? t('event.cycle_map_updated.yours', { name: e.actorName })
        : t('event.cycle_map_updated', { name: e.actorName, other: e.targetName })),
    cycle_named: (e) => e.text,
    // The writer sees the prompt as its own card; only the therapists read it in the conversation.
    cycle_prompt: (e, view) => (isTherapist(view) ? t('event.cycle_prompt', { name: e.targetName, prompt: e.text }) : null),
    cycle_step_tagged: (e, view) => (isTherapist(view)
        ? t('event.cycle_step_tagged', { name: e.actorName, other: e.targetName, step: named('event.cycle-step', e.cycleStep) })
        : null),
    repair_offered: (e, view) => offeredLine(view, e),
    repair_accepted: (e, view) => acceptedLine(view, e),
    practice_assigned: (e) => t('event.practice_assigned', { name: e.actorName, practice: practiceTitle(e.practiceKind), due: dueText(e.due) }),
    practice_cancelled: (e) => t('event.practice_cancelled', { name: e.actorName, practice: practiceTitle(e.practiceKind) }),
    practice_started: (e, view) => t(isTherapist(view) ? 'event.practice_started.therapist' : 'event.practice_started', {
        name: e.actorName, practice: practiceTitle(e.practiceKind),
    }),
    practice_done: (e) => t('event.practice_done', { practice: practiceTitle(e.practiceKind), minutes: Math.max(1, Math.round(e.seconds / 60)) }),
    practice_shared: (e, view) => (isMe(view, e.actor)
        ? t('event.practice_shared.you')
        : t('event.practice_shared', { name: e.actorName, words: e.lines.map(quoted).join(' ') })),
    practice_reminders_set: remindersLine,
    practice_reminded: () => t('event.practice_reminded'),
    alert_escalated: (e) => t('event.alert_escalated', { name: e.targetName, level: e.level, contacts: e.contacts }),
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
            return t(mine ? 'spoken.to_therapist.mine' : 'spoken.to_therapist');
        case 'held_message':
            return t(mine ? 'spoken.held_message.mine' : 'spoken.held_message');
        case 'whisper':
            return t('spoken.whisper', { name: event.targetName });
        default:
            return t(event.audience === 'participants' ? 'spoken.practice' : `spoken.${event.kind}`);
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
