package org.attune.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.application.DataExportService.Export;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomFixture;
import org.attune.domain.transcript.PersonalExport;
import org.attune.security.AuditAction;
import org.attune.security.AuditEntry;
import org.attune.security.Caller;
import org.junit.jupiter.api.Test;

/** The readable export: what it is, per room what you did and what was recorded about you, and what it leaves out. */
class ExportRendererTest {

    private static Export samsExport() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        room.say("sam", "You always say <b>that</b> & it's unfair!");
        room.act("maya", new RoomCommand.Whisper("sam", "Try an I-statement."));
        room.act("maya", new RoomCommand.Note("Private: Sam seems withdrawn."));
        room.act("alex", new RoomCommand.ToTherapist("Sam drinks every night."));
        return new Export(
                RoomFixture.T0,
                new Caller("sam", "sam", "Sam Rivera", Set.of("client")),
                room.members.stream().filter(m -> m.userId().equals("sam")).toList(),
                Map.of(room.room.id(), "Alex & Sam"),
                room.log.stream()
                        .map(e -> PersonalExport.entry(e, "sam", Set.of(room.room.id())))
                        .flatMap(Optional::stream)
                        .toList(),
                List.of(new AuditEntry(
                        RoomFixture.T0, "sam", AuditAction.DATA_EXPORTED, null, "sam", "html: 3 by them")));
    }

    @Test
    void theDocumentSaysWhatItIsWhatIsInItAndWhatIsNotEveryWordEscaped() {
        String html = ExportRenderer.html(samsExport());

        assertThat(html)
                .startsWith("<!doctype html>")
                .contains("<title>Attune — your data</title>")
                .contains("everything Attune stores about you, Sam Rivera (sam), made on 2026-11-28 10:00 UTC")
                .contains("<h2>Alex &amp; Sam</h2>", "You are a participant here.")
                .contains("sam: You always say &lt;b&gt;that&lt;/b&gt; &amp; it&#39;s unfair!")
                .contains("maya (privately to sam): Try an I-statement.")
                .contains("Signals in sam&#39;s message (heat ")
                .contains("Recorded for your therapists only, about your own words or answers")
                .contains("data exported, by you.")
                .contains("which the practice releases to you on request")
                .doesNotContain("<script", "<b>that", "withdrawn", "drinks every night");
    }

    @Test
    void theTextSaysTheSame() {
        String text = ExportRenderer.text(samsExport());

        assertThat(text)
                .startsWith("Your data in Attune")
                .contains("== Alex & Sam ==", "What you wrote and did:", "What was recorded about you:")
                .contains("sam: You always say <b>that</b> & it's unfair!")
                .contains("(Shown to you privately at the time; your therapists see it too.)")
                .contains("- Your therapists' private notes")
                .doesNotContain("withdrawn", "drinks every night");
    }
}
