package org.attune.domain.room;

import java.time.Instant;
import java.util.List;
import org.attune.domain.transcript.RoomEvent;

/**
 * What the server itself asks of a room ({@link RoomCommand.ServerCommand}), each
 * decided by its group's rules: a join or a departure, a mute running out, a
 * turn's timer, a check-in, an alert's escalation, a practice's reminder.
 */
final class ServerCommands {

    private final Moderation moderation;
    private final Sessions sessions;
    private final Pauses pauses;
    private final SafetyAlerts alerts;
    private final Practices practices;

    ServerCommands(Moderation moderation, Sessions sessions, Pauses pauses, SafetyAlerts alerts, Practices practices) {
        this.moderation = moderation;
        this.sessions = sessions;
        this.pauses = pauses;
        this.alerts = alerts;
        this.practices = practices;
    }

    List<RoomEvent> decide(RoomCommand.ServerCommand command, Instant now) {
        if (command instanceof RoomCommand.Join
                || command instanceof RoomCommand.Leave
                || command instanceof RoomCommand.ExpireMute) {
            return moderation.byServer(command, now);
        } else if (command instanceof RoomCommand.TurnTimer timer) {
            return sessions.timer(timer, now);
        } else if (command instanceof RoomCommand.CheckIn checkIn) {
            return pauses.checkIn(checkIn, now);
        } else if (command instanceof RoomCommand.CheckInWaited waited) {
            return pauses.checkInWaited(waited, now);
        } else if (command instanceof RoomCommand.EscalateAlert escalate) {
            return alerts.escalate(escalate, now);
        } else if (command instanceof RoomCommand.AcknowledgeAlertForPractice acknowledge) {
            return alerts.forPractice(acknowledge, now);
        } else if (command instanceof RoomCommand.RemindPractice remind) {
            return practices.remind(remind, now);
        }
        return pauses.resumeIfEveryoneIsReady(now);
    }
}
