package org.attune.application.live;

import java.time.Clock;
import java.util.function.BiConsumer;
import org.attune.application.RoomClaims;
import org.attune.application.Transactions;
import org.attune.domain.room.AlertPolicy;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomRepository;
import org.attune.domain.transcript.EventLog;

/**
 * What every shard of the room engine works with: the stores, the transaction,
 * the clock, the way out to the sockets, and the way back in for the server's
 * own commands (a timer, a check-in to review).
 *
 * @param safetyContact who follows up safety alerts of guided rooms, as the practice configured it
 * @param serverCommand hands a command of the server itself to a room's shard
 * @param alertPolicy how the practice answers safety alerts nobody in the room answers
 * @param onCall the practice's on-call contacts, told after an escalation is committed
 * @param claims which engine writes each room ({@link RoomHolds})
 * @param writer this engine, as a writer of rooms: its server's name and an id of its own
 */
record EngineParts(
        RoomRepository rooms,
        EventLog log,
        Transactions tx,
        Clock clock,
        RoomBroadcaster broadcaster,
        BatchStore store,
        String safetyContact,
        BiConsumer<String, RoomCommand> serverCommand,
        AlertPolicy alertPolicy,
        OnCallContacts onCall,
        RoomClaims claims,
        String writer) {}
