import { alertText, describeEvent } from '../js/events.js';
import { clockTime } from '../js/words.js';
import { assertEqual, test } from './runner.js';
import { viewOf } from './views.js';

const AT = '2025-03-04T10:15:00Z';
const UNTIL = '2025-03-04T10:35:00Z';
const NAMES = { alex: 'Alex Chen', sam: 'Sam Rivera', jo: 'Jo Chen' };
const alexLooking = viewOf({ id: 'alex', role: 'participant', status: 'active' }, NAMES);
const mayaLooking = viewOf({ id: 'maya', role: 'therapist', status: 'active' }, NAMES);

function event(kind, fields = {}) {
    return { type: 'event', seq: 7, at: AT, kind, actor: 'sam', actorName: 'Sam Rivera', target: 'alex', targetName: 'Alex Chen', ...fields };
}

function noticeOf(kind, fields = {}, view = alexLooking) {
    const shown = describeEvent(view, event(kind, fields));
    assertEqual(shown.className, 'notice', `${kind} is a notice`);
    assertEqual(shown.meta, `Sam Rivera · ${clockTime(AT)}`, `${kind}'s meta line`);
    return shown.text;
}

test('a message shows its words, its writer and the time', () => {
    assertEqual(describeEvent(alexLooking, event('message', { text: 'I missed you.' })),
        { meta: `Sam Rivera · ${clockTime(AT)}`, className: 'text message', text: 'I missed you.' });
});

test('guidance, a whisper, a note and a paraphrase say what they are', () => {
    const shown = (kind) => describeEvent(mayaLooking, event(kind, { text: 'Slowly.' }));
    assertEqual(shown('guidance'), { meta: `Sam Rivera · Guidance · ${clockTime(AT)}`, className: 'text guidance', text: 'Slowly.' });
    assertEqual(shown('whisper'), { meta: `Sam Rivera · Private to Alex Chen · ${clockTime(AT)}`, className: 'text whisper', text: 'Slowly.' });
    assertEqual(shown('note'), { meta: `Sam Rivera · Private note · ${clockTime(AT)}`, className: 'text note', text: 'Slowly.' });
    assertEqual(shown('paraphrase'), { meta: `Sam Rivera · Paraphrase · ${clockTime(AT)}`, className: 'text paraphrase', text: 'Slowly.' });
    assertEqual(shown('clarifying_question'), { meta: `Sam Rivera · Clarifying question · ${clockTime(AT)}`, className: 'text clarifying_question', text: 'Slowly.' });
});

test('a private check-in and its answer read for the therapist; the one asked sees neither in the conversation', () => {
    const samLooking = viewOf({ id: 'sam', role: 'participant', status: 'active' }, NAMES);
    const asked = event('safe_to_talk_asked', { actor: 'maya', actorName: 'Maya Ortiz', target: 'sam', targetName: 'Sam Rivera' });
    const answered = event('safe_to_talk_answered', { target: 'sam', targetName: 'Sam Rivera', check: 7, answer: 'not_sure' });
    assertEqual(describeEvent(mayaLooking, asked).text, 'Maya Ortiz asked Sam Rivera privately: safe to talk right now?');
    assertEqual(describeEvent(mayaLooking, answered).text, 'Sam Rivera answered the private check-in: not sure.');
    assertEqual(describeEvent(samLooking, asked), null);
    assertEqual(describeEvent(samLooking, answered), null, 'the answer is never shown back');
    assertEqual(alertText(mayaLooking, answered), `${clockTime(AT)} · Sam Rivera answered the private check-in: not sure.`);
    assertEqual(alertText(mayaLooking, { ...answered, answer: 'yes' }), null, 'a yes is no alert');
    assertEqual(alertText(samLooking, answered), null);
});

test('an event of a kind the page does not know is not shown', () => {
    assertEqual(describeEvent(alexLooking, event('something_new')), null);
});

test('each notice in the room\'s words', () => {
    const expected = [
        ['member_joined', {}, 'Sam Rivera joined the room.'],
        ['member_waiting', {}, 'Sam Rivera is waiting to be let in.'],
        ['member_admitted', {}, 'Alex Chen was let in.'],
        ['member_removed', {}, 'Alex Chen was removed from the room.'],
        ['member_removed', { target: 'sam', targetName: 'Sam Rivera' }, 'Sam Rivera left the room.'],
        ['member_muted', { until: UNTIL }, `Alex Chen is muted until ${clockTime(UNTIL)}.`],
        ['member_unmuted', {}, 'Alex Chen can write again.'],
        ['session_started', {}, 'The session has started.'],
        ['session_ended', {}, 'The session has ended.'],
        ['room_updated', { text: 'Tuesdays' }, 'The room is now called Tuesdays.'],
        ['protocol_set', { text: 'speaker_listener' }, 'Now: Speaker-listener.'],
        ['protocol_set', { text: 'future' }, 'Now: future.'],
        ['hand_raised', {}, 'Alex Chen raised a hand.'],
        ['hand_lowered', {}, 'Alex Chen lowered their hand.'],
        ['floor_granted', {}, 'Alex Chen has the floor.'],
        ['floor_revoked', {}, 'Sam Rivera took the floor back.'],
        ['floor_passed', {}, 'Alex Chen passed.'],
        ['turn_warning', {}, 'Alex Chen\'s turn is nearly over.'],
        ['turn_ended', {}, 'Alex Chen\'s time is up.'],
        ['turn_limit_set', { amount: 90 }, 'Each turn lasts up to 90 seconds.'],
        ['turn_limit_set', { amount: 0 }, 'Turns have no time limit now.'],
        ['listener_set', {}, 'Alex Chen listens.'],
        ['paraphrase_confirmed', { amount: 1 }, 'Sam Rivera: “Yes, you got it.”'],
        ['paraphrase_confirmed', { amount: 0 }, 'Sam Rivera: “Not quite. Please try again.”'],
        ['step', { prompt: 'Mirror what you heard.', stem: 'If I got it, you said…' }, 'Alex Chen, mirror what you heard. “If I got it, you said…”'],
        ['step', { targetName: null, prompt: 'Everyone: feelings.' }, 'Everyone: feelings.'],
        ['no_more', {}, 'Sam Rivera: “That\'s all for now.”'],
        ['dialogue_requested', { target: 'sam', targetName: 'Sam Rivera' }, 'Sam Rivera would like a dialogue.'],
        ['dialogue_requested', {}, 'Sam Rivera invited Alex Chen to ask for a dialogue.'],
        ['dialogue_accepted', {}, 'Sam Rivera: “Now is a good time.”'],
        ['dialogue_accepted', { until: UNTIL }, `Sam Rivera would like the dialogue at ${clockTime(UNTIL)}.`],
        ['paused', { reason: 'flooded', until: UNTIL, exercise: { title: 'Box breathing' } },
            `Sam Rivera paused the conversation to calm down: Box breathing until ${clockTime(UNTIL)}.`],
        ['paused', { actor: 'attune', reason: 'escalation', until: UNTIL, exercise: null }, `The room paused the conversation: a break until ${clockTime(UNTIL)}.`],
        ['check_in', {}, 'The pause is over. Time to check in: are you ready to go on?'],
        ['ready', {}, 'Sam Rivera is ready.'],
        ['calm_rating', { amount: 4 }, 'Alex Chen feels 4 of 5 calm.'],
        ['resumed', {}, 'The conversation goes on.'],
        ['signals', { signals: [{ signal: 'contempt', words: 'whatever' }, { signal: 'absolute_words', words: 'you always' }] },
            'Signals in Alex Chen\'s message: contempt “whatever”, absolute words “you always”.'],
        ['escalation', { heat: 0.826, action: 'suggest_pause' }, 'Escalation: Alex Chen is heating up (83%). A pause may help.'],
        ['escalation', { heat: 0.9, action: 'paused' }, 'Escalation: Alex Chen is heating up (90%). The room paused itself.'],
        ['order_set', { order: ['jo', 'alex', 'nobody-known'] }, 'Order: Jo Chen, You, Someone.'],
    ];
    for (const [kind, fields, text] of expected) {
        assertEqual(noticeOf(kind, fields), text, kind);
    }
});

test('a safety alert tells the therapist what was said', () => {
    const alert = { concerns: [{ concern: 'self_harm', words: 'hurt myself' }] };
    assertEqual(noticeOf('safety_alert', alert, mayaLooking), 'Safety alert for Alex Chen: self harm “hurt myself”.');
});

test('a held message tells its writer that only the therapist sees it, and offers to share it until shared', () => {
    const held = { kind: 'held_message', actor: 'alex', actorName: 'Alex Chen', target: 'alex', targetName: 'Alex Chen', text: 'He got rough again.', shareable: true };
    assertEqual(describeEvent(alexLooking, event('held_message', held)), {
        meta: `Alex Chen · Not sent to the room: only your therapist can see this · ${clockTime(AT)}`,
        className: 'text held_message',
        text: 'He got rough again.',
        share: 7,
    });
    assertEqual(describeEvent(mayaLooking, event('held_message', held)),
        { meta: `Alex Chen · Held back from the room for safety · ${clockTime(AT)}`, className: 'text held_message', text: 'He got rough again.' });
    assertEqual(describeEvent(alexLooking, event('held_message', { ...held, shareable: false })).share, undefined, 'a threat is not offered for sharing');
    assertEqual(describeEvent({ ...alexLooking, shared: new Set([7]) }, event('held_message', held)).share, undefined, 'already shared');
    assertEqual(noticeOf('held_shared', { target: 'alex' }, alexLooking), 'You shared it with the room.');
    assertEqual(noticeOf('held_shared', { target: 'alex' }, mayaLooking), 'Alex Chen shared the held message with the room.');
});

test('the private line says who it is for', () => {
    const line = { actor: 'alex', actorName: 'Alex Chen', target: 'alex', text: 'Can we talk after?' };
    assertEqual(describeEvent(alexLooking, event('to_therapist', line)).meta, `Alex Chen · Only to your therapist · ${clockTime(AT)}`);
    assertEqual(describeEvent(mayaLooking, event('to_therapist', line)).meta, `Alex Chen · Only to the therapist · ${clockTime(AT)}`);
});

test('resources offered to this person are not a line of the conversation; the therapist sees they were offered', () => {
    assertEqual(describeEvent(alexLooking, event('resources_offered', { why: 'room_paused' })), null);
    assertEqual(noticeOf('resources_offered', { why: 'room_paused' }, mayaLooking), 'Help lines were offered to Alex Chen.');
});

test('signals, escalations and safety alerts are listed for therapists only, with the time', () => {
    const escalation = event('escalation', { heat: 0.7, action: 'suggest_pause' });
    assertEqual(alertText(mayaLooking, escalation), `${clockTime(AT)} · Escalation: Alex Chen is heating up (70%). A pause may help.`);
    assertEqual(alertText(alexLooking, escalation), null, 'a participant');
    assertEqual(alertText(mayaLooking, event('message', { text: 'hi' })), null, 'a message');
    assertEqual(alertText(mayaLooking, event('signals', { signals: [{ signal: 'criticism', words: 'you never' }] })),
        `${clockTime(AT)} · Signals in Alex Chen's message: criticism “you never”.`);
});

test('an acknowledged alert says who answered it and after how long; an escalation, which on-call contact was told', () => {
    const acknowledged = event('alert_acknowledged', { actor: 'maya', actorName: 'Maya Ortiz', amount: 5, raisedAt: '2025-03-04T10:11:30Z' });
    assertEqual(alertText(mayaLooking, acknowledged), `${clockTime(AT)} · Maya Ortiz acknowledged the safety alert for Alex Chen after 3 minutes.`);
    const escalated = event('alert_escalated', { actor: 'attune', actorName: 'Attune', amount: 5, level: 2, contacts: 3 });
    assertEqual(alertText(mayaLooking, escalated),
        `${clockTime(AT)} · Nobody had acknowledged the safety alert for Alex Chen: the practice's on-call contact 2 of 3 was told by mail.`);
    assertEqual(alertText(alexLooking, acknowledged), null, 'a participant');
});
