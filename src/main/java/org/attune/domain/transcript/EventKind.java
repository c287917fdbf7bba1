package org.attune.domain.transcript;

import java.util.Optional;
import org.attune.domain.WireNamed;

/** What happened in a room. The wire name is what clients see in an event's {@code kind}. */
public enum EventKind implements WireNamed {
    /** A member said something to the room. */
    MESSAGE("message"),
    /** A therapist's guidance to the whole room. */
    GUIDANCE("guidance"),
    /** A therapist's private word to one member (seen by therapists and that member). */
    WHISPER("whisper"),
    /** A therapist's private note (seen by therapists only). */
    NOTE("note"),
    /** A sitting began. */
    SESSION_STARTED("session_started"),
    /** A sitting ended. */
    SESSION_ENDED("session_ended"),
    /** Someone became a member of the room. */
    MEMBER_JOINED("member_joined"),
    /** Someone accepted an invitation and waits in the lobby to be admitted. */
    MEMBER_WAITING("member_waiting"),
    /** A therapist let a waiting member in. */
    MEMBER_ADMITTED("member_admitted"),
    /**
     * A therapist removed a member, and their membership is revoked; or, when
     * the actor is the target, the member left for good (they asked for their
     * data to be erased).
     */
    MEMBER_REMOVED("member_removed"),
    /** A therapist muted a member until a given time. */
    MEMBER_MUTED("member_muted"),
    /** A member may speak again: unmuted by a therapist, or the mute ran out. */
    MEMBER_UNMUTED("member_unmuted"),
    /** The room's name or settings changed. */
    ROOM_UPDATED("room_updated"),
    /** A therapist chose the turn-taking protocol; the text names it. */
    PROTOCOL_SET("protocol_set"),
    /** A participant asked for the floor. */
    HAND_RAISED("hand_raised"),
    /** A participant no longer asks for the floor. */
    HAND_LOWERED("hand_lowered"),
    /** The target holds the floor now, until the deadline if there is a turn limit. */
    FLOOR_GRANTED("floor_granted"),
    /** A therapist took the floor back from the target. */
    FLOOR_REVOKED("floor_revoked"),
    /** The target passed the floor on. */
    FLOOR_PASSED("floor_passed"),
    /** The target's turn ends soon. */
    TURN_WARNING("turn_warning"),
    /** The target's time was up. */
    TURN_ENDED("turn_ended"),
    /** A therapist set the turn limit; the amount is in seconds, 0 for none. */
    TURN_LIMIT_SET("turn_limit_set"),
    /** Speaker-listener: the target is the listener now. */
    LISTENER_SET("listener_set"),
    /** Speaker-listener: the listener said back what they heard. */
    PARAPHRASE("paraphrase"),
    /**
     * Speaker-listener: the speaker said whether the paraphrase was accurate
     * (amount 1) or not (0). Imago: the sender answered the receiver's (the
     * target's) "Did I get it?" after a mirror, a summary or empathy: yes (1),
     * or not quite (0), and the step comes again.
     */
    PARAPHRASE_CONFIRMED("paraphrase_confirmed"),
    /**
     * Imago and repair: the conversation moved to a step; the text names the
     * step and the target is who acts in it. Clients show the step's sentence stem.
     */
    STEP("step"),
    /** Imago: the sender has nothing more to add; the receiver sums up. */
    NO_MORE("no_more"),
    /** Round and repair: the order of who speaks next; the text holds their member ids, space-separated. */
    ORDER_SET("order_set"),
    /**
     * For therapists: the signals of a participant's message (the target), with
     * the words behind them; the amount is its heat in percent.
     */
    SIGNALS("signals"),
    /**
     * For therapists: the target's running heat (the amount, in percent) crossed
     * the room's threshold. The detail says what followed: {@code suggest_pause}
     * in a moderated room, {@code paused} in a guided one.
     */
    ESCALATION("escalation"),
    /**
     * For therapists only: a participant's words (the target's) of self-harm,
     * violence, abuse, fear of someone, or a threat. The text lists the concerns
     * and their words; the detail is the room's crisis region; the amount is the
     * sequence number of the message it is about. The writer is told where their
     * words went by {@link #HELD_MESSAGE} and {@link #RESOURCES_OFFERED}, never
     * shown the alert itself.
     */
    SAFETY_ALERT("safety_alert"),
    /**
     * The room pauses until the deadline: the text names the exercise, the detail
     * the reason, the amount the minutes.
     */
    PAUSED("paused"),
    /** The pause's time is up: each participant says whether they are ready. */
    CHECK_IN("check_in"),
    /** The actor is ready to go on. */
    READY("ready"),
    /** For therapists and the rater (the target): how calm they feel, 1 to 5 (the amount). */
    CALM_RATING("calm_rating"),
    /** The conversation goes on after a pause. */
    RESUMED("resumed"),
    /**
     * A participant's private line: words for the room's therapists only (seen
     * by them and the writer, the target). Open at any time, also in the lobby,
     * during a pause and while muted.
     */
    TO_THERAPIST("to_therapist"),
    /**
     * A participant's message the safety screen held back from the room: seen by
     * the therapists and the writer (the target) only. It takes no turn and moves
     * no protocol on; the writer may share it with the room later
     * ({@code share_held}) unless it threatened someone.
     */
    HELD_MESSAGE("held_message"),
    /**
     * The writer (the target) shared a held message with the room; the amount is
     * the held message's sequence number. Seen by therapists and the writer; the
     * room sees the message that follows.
     */
    HELD_SHARED("held_shared"),
    /**
     * Crisis resources offered privately to one member (the target): the writer
     * of a held message or of a worrying private line, or, discreetly, the others
     * in a room that paused for safety. The detail is the region; the text says why.
     */
    RESOURCES_OFFERED("resources_offered"),
    /**
     * For therapists only: a clinician acknowledged a safety alert (the actor;
     * the target is the alert's writer). The amount is the alert's sequence
     * number; {@code raisedAt} says when it was raised, so how long it waited.
     */
    ALERT_ACKNOWLEDGED("alert_acknowledged"),
    /**
     * For therapists only: nobody of the room could answer a safety alert (no
     * therapist was connected, or none acknowledged it in time), so the
     * practice's on-call contact of the given level was told, by mail. The
     * amount is the alert's sequence number; {@code until} when the next
     * contact will be told if nobody acknowledges it by then.
     */
    ALERT_ESCALATED("alert_escalated"),
    /**
     * A therapist (the actor) asked one participant (the target) privately,
     * "Are you safe to talk right now?": seen by the therapists and that
     * participant only. Its sequence number names the check-in; it waits until
     * answered ({@link #SAFE_TO_TALK_ANSWERED}).
     */
    SAFE_TO_TALK_ASKED("safe_to_talk_asked"),
    /**
     * The participant asked (actor and target) answered a check-in: {@code yes},
     * {@code no} or {@code not_sure}; the amount is the check-in's sequence
     * number. Seen by the therapists and the one who answered, whose page never
     * shows the answer back. An answer other than yes offers them resources
     * privately ({@link #RESOURCES_OFFERED}); with no therapist connected it also
     * raises a {@link #SAFETY_ALERT}.
     */
    SAFE_TO_TALK_ANSWERED("safe_to_talk_answered"),
    /**
     * For therapists only: a participant (the actor and the target) answered the
     * safety screen before joint work: the four HITS items, their total (the
     * amount), the two direct questions, and the flags they raise (the detail).
     * A later answer replaces an earlier one. Other participants never see it.
     */
    SCREEN_ANSWERED("screen_answered"),
    /**
     * The writer's private confirmation that their screen reached the therapists
     * (seen by them and the writer, the target), without the answers.
     */
    SCREEN_RECEIVED("screen_received"),
    /**
     * For therapists only: a therapist resolved the safety flag of the target's
     * screen; the amount is the answer's sequence number, the text an optional
     * private note.
     */
    FLAG_RESOLVED("flag_resolved"),
    /** A therapist opened the room for joint work: sessions may start. Seen by everyone, naming nobody's screen. */
    ROOM_CLEARED("room_cleared"),
    /**
     * Imago: the target asks for a dialogue, to share first (the actor is the
     * target, or a therapist who invites them to). Nothing starts until another
     * participant accepts ({@link #DIALOGUE_ACCEPTED}).
     */
    DIALOGUE_REQUESTED("dialogue_requested"),
    /**
     * Imago: the actor accepted the target's request for a dialogue: now (no
     * {@code until}), and the dialogue starts; or for the time {@code until},
     * and the target asks again then.
     */
    DIALOGUE_ACCEPTED("dialogue_accepted"),
    /**
     * Speaker-listener: the listener's one clarifying question about the
     * speaker's piece, before they paraphrase it. Not a paraphrase, not a message.
     */
    CLARIFYING_QUESTION("clarifying_question"),
    /**
     * For therapists and the one who asked (actor and target): at the check-in,
     * they need more time; {@code until} is when the break now ends. The room
     * sees {@link #PAUSE_EXTENDED}, naming nobody.
     */
    MORE_TIME("more_time"),
    /**
     * The break goes on until {@code until}: someone needed more time. The
     * check-in closes and opens again then; everyone checks in afresh.
     */
    PAUSE_EXTENDED("pause_extended"),
    /**
     * For therapists and the rater (the target): they said they were ready but
     * rated their calm 1 or 2, so they are asked privately whether they would
     * like more time; the amount is the minutes offered.
     */
    MORE_TIME_OFFERED("more_time_offered"),
    /**
     * A guided room's check-in waited its time for someone who is not ready (or
     * not here): the room goes on only with everyone, and {@code told} says who
     * was told ({@code therapist}, {@code on_call} by mail, or {@code practice}
     * when it waits for the room's therapist). Seen by everyone, naming nobody.
     */
    CHECK_IN_WAITING("check_in_waiting"),
    /**
     * For therapists: a participant (the target) tried to repair the
     * conversation; the text holds {@code repair_attempt} and its words, the
     * amount is the target's running heat after it, in percent (a repair
     * halves it). Not a heat signal.
     */
    REPAIR_ATTEMPT("repair_attempt"),
    /**
     * For the target and the therapists only: the target's words say they are
     * flooded (heart racing, shaking…); a time-out is suggested to them. The
     * text holds {@code flooding} and its words, the amount is the message's heat.
     */
    PAUSE_SUGGESTED("pause_suggested"),
    /**
     *
     * Repair, feelings: the feelings the actor (and target) chose from the
     * handout's list; the text holds their names, comma-separated, the amount
     * is 1 when no words of their own follow (the answer is done).
     */
    FEELINGS_CHOSEN("feelings_chosen"),
    /**
     * Repair, responsibility: the actor answered the target's apology; the
     * amount is 1 when accepted, 0 for "not yet" (what they still need follows).
     */
    APOLOGY_ANSWERED("apology_answered"),
    /**
     * A therapist (the actor) set one person's part of the room's cycle map
     * (the target's): their move, surface emotion, softer emotions, need and
     * own words; the amount is the map's new version, the detail the session
     * it was edited in. Seen by everyone in the room: the map is theirs.
     */
    CYCLE_MAP_UPDATED("cycle_map_updated"),
    /**
     * For therapists only: a therapist marked the message with the given
     * sequence number (the amount), by the target, as a step of the cycle
     * (the text: move, surface, softer or need). A clinical annotation, like a note.
     */
    CYCLE_STEP_TAGGED("cycle_step_tagged"),
    /**
     * Heat rose in a room that has mapped its cycle: the room hears that its
     * cycle may be showing up (the text), naming nobody.
     */
    CYCLE_NAMED("cycle_named"),
    /**
     * For the target and the therapists only: the writer whose heat rose is
     * asked, privately, about the softer emotion under the surface one, in the
     * words of their own part of the cycle map (the text).
     */
    CYCLE_PROMPT("cycle_prompt"),
    /**
     * A participant (the actor) offered a repair phrase to the room with one
     * tap: its key (the detail) and its words (the text); the amount is the
     * sequence number of their earlier open offer that this one replaces, if
     * any. Seen by everyone in the room.
     */
    REPAIR_OFFERED("repair_offered"),
    /**
     * A participant (the actor) accepted the open repair offer with the given
     * sequence number (the amount), made by the target; the detail is its
     * phrase's key. Seen by everyone in the room.
     */
    REPAIR_ACCEPTED("repair_accepted"),
    /**
     * A therapist (the actor) assigned practice between sessions: its kind
     * ({@code PracticeKind} wire name) and when it is due. Its sequence number
     * is the practice's number. Seen by everyone in the room.
     */
    PRACTICE_ASSIGNED("practice_assigned"),
    /** A therapist (the actor) took back the open practice with the given number. Seen by everyone. */
    PRACTICE_CANCELLED("practice_cancelled"),
    /**
     * A participant (the actor) started a sitting of the given practice: the
     * session starts with it, and the room guides itself until it ends; what
     * participants say meanwhile is for the participants only. Seen by everyone.
     */
    PRACTICE_STARTED("practice_started"),
    /**
     * A practice sitting ended with its session, in figures: how long, how many
     * turns, how many messages each participant said; never words. Seen by everyone.
     */
    PRACTICE_DONE("practice_done"),
    /**
     * For the therapists and the actor only: the actor shared their own words
     * of a practice's sittings with the therapists.
     */
    PRACTICE_SHARED("practice_shared"),
    /**
     * For the therapists and the actor only: the mail address at which the
     * actor asked to be reminded of practice due; empty to stop the reminders.
     */
    PRACTICE_REMINDERS_SET("practice_reminders_set"),
    /** The server reminded those who asked, by mail, that the given practice is due soon. Seen by everyone. */
    PRACTICE_REMINDED("practice_reminded");

    private final String wireName;

    EventKind(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static Optional<EventKind> fromWireName(String name) {
        return WireNamed.parse(EventKind.class, name);
    }
}
