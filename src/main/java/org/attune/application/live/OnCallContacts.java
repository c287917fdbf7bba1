package org.attune.application.live;

import org.attune.domain.room.RoomState;
import org.attune.domain.transcript.RoomEvent;

/**
 * The practice's on-call contacts, told of a safety alert nobody in the room
 * answered, and of a guided room's check-in that waits for someone. Called after the {@code alert_escalated} event is committed, from
 * the engine's fan-out, never inside the room's decision: a contact is told
 * of what is stored, and the telling never holds the room up.
 */
interface OnCallContacts {

    /** Tells nobody: a practice without on-call contacts. */
    OnCallContacts NONE = (state, escalated) -> {};

    /** The contact whose level the committed {@code alert_escalated} event names is told. */
    void told(RoomState state, RoomEvent escalated);

    /** The first contact is told that a guided room's check-in waits for someone (the committed event). */
    default void checkInWaits(RoomState state, RoomEvent waiting) {}

    /** A clinician acknowledged the alert (committed): its mails are not tried again. */
    default void acknowledged(RoomState state, long alert) {}

    /** The room resumed after a pause (committed): the mail of its waiting check-in is not tried again. */
    default void resumed(RoomState state) {}

    /**
     * The participants who asked for reminders are told, by mail, that the
     * practice the committed {@code practice_reminded} event names is due soon.
     * The same post carries these letters: the practice's mail to its people.
     */
    default void practiceDue(RoomState state, RoomEvent reminded) {}
}
