package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.domain.Language;
import org.attune.domain.room.RoomCommand;
import org.junit.jupiter.api.Test;

/** Asking for reminders over a socket takes the socket's language: the reminder is written in it. */
class PracticeCommandsTest {

    @Test
    void askingForRemindersTakesTheLanguageOfTheConnectionItCameFrom() {
        ClientCommand.Act act = (ClientCommand.Act)
                CommandDecoder.decode("{\"type\":\"practice_reminders\",\"id\":\"r\",\"email\":\"alex@home.test\"}");
        assertThat(act.command())
                .as("as decoded, before the connection says its language")
                .isEqualTo(new RoomCommand.PracticeReminders("alex@home.test", Language.ENGLISH));

        assertThat(PracticeCommands.inLanguageOf(act.command(), Language.FRENCH))
                .isEqualTo(new RoomCommand.PracticeReminders("alex@home.test", Language.FRENCH));
        assertThat(PracticeCommands.inLanguageOf(new RoomCommand.PracticeReminders(null), Language.FRENCH))
                .isEqualTo(new RoomCommand.PracticeReminders(null, Language.FRENCH));
        assertThat(PracticeCommands.inLanguageOf(act.command(), Language.ENGLISH))
                .isEqualTo(new RoomCommand.PracticeReminders("alex@home.test", Language.ENGLISH));
    }

    @Test
    void anyOtherCommandIsAsDecoded() {
        RoomCommand start = new RoomCommand.StartPractice(12);
        assertThat(PracticeCommands.inLanguageOf(start, Language.FRENCH)).isSameAs(start);
    }
}
