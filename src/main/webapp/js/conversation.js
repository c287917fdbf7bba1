// The conversation laid out as a calm messenger: what people say as bubbles
// (mine on one side, everyone else's on the other, a therapist's guidance set
// apart in the middle), what the room does as quiet lines between them, the
// words of one person in a row kept in one group, and a separator when the
// day changes. It decides only; transcript.js draws.

import { SPOKEN, describeEvent, spokenLabel } from './events.js';
import { clockTime, isMe } from './words.js';

/** Words of one person more than this far apart start a new group, with its own name and time. */
const GROUP_MINUTES = 5;

/** Room lines a therapist should not miss among the quiet ones: shown with a tint, still as lines. */
const ATTENTION = ['escalation', 'safety_alert', 'signals', 'pause_suggested', 'alert_escalated', 'safe_to_talk_answered'];

/**
 * An event as an entry of the conversation, or null when it is not shown:
 * `{type: 'line', text, time, attention}` for what the room does, or
 * `{type: 'bubble', side, author, label, text, time, className, kind, actor, at, share?}`
 * for someone's words, where `side` is `mine`, `theirs` or `guide`.
 */
export function entryOf(view, event) {
    const shown = describeEvent(view, event);
    if (!shown) {
        return null;
    }
    const time = clockTime(event.at);
    if (!SPOKEN.includes(event.kind)) {
        return { type: 'line', text: shown.text, time, attention: ATTENTION.includes(event.kind) };
    }
    let side = isMe(view, event.actor) ? 'mine' : 'theirs';
    if (event.kind === 'guidance') {
        side = 'guide';
    }
    const entry = {
        type: 'bubble',
        side,
        author: event.actorName,
        label: event.kind === 'message' && event.audience !== 'participants' ? '' : spokenLabel(view, event),
        text: shown.text,
        time,
        className: shown.className,
        kind: event.kind,
        actor: event.actor,
        at: Date.parse(event.at),
    };
    if (shown.share) {
        entry.share = shown.share;
    }
    return entry;
}

/**
 * Whether a bubble goes on the group before it (`group`: its `actor`, `side`
 * and `since`, when it began): the same person, on the same side, within a
 * few minutes of the group's first words. Guidance always stands alone.
 */
export function continues(group, entry) {
    return !!group && entry.type === 'bubble' && entry.side !== 'guide'
        && group.actor === entry.actor && group.side === entry.side
        && entry.at - group.since < GROUP_MINUTES * 60000;
}

/** The local day of an instant, to see where a separator goes. */
export function dayOf(at) {
    return new Date(at).toDateString();
}
