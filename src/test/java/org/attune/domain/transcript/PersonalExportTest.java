package org.attune.domain.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attune.domain.intake.DirectAnswer;
import org.attune.domain.intake.ScreenAnswers;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomFixture;
import org.attune.domain.transcript.PersonalExport.Entry;
import org.attune.domain.transcript.PersonalExport.Part;
import org.attune.domain.transcript.PersonalExport.Why;
import org.junit.jupiter.api.Test;

/**
 * What of a room's log is Sam's to take away: what Sam did, what Sam saw about
 * themselves, and what the therapists recorded about Sam's own words; never
 * what Alex told the therapist, even about Sam, nor the therapist's notes.
 */
class PersonalExportTest {

    private static final String HEATED = "You always ignore me and you never listen, it's pathetic!";
    private static final String SAMS_DISCLOSURE = "He pushed me against the wall again last night.";
    private static final String ALEX_ABOUT_SAM = "Sam has been drinking every night, please bring it up gently.";
    private static final String ALEXS_DISCLOSURE = "Sam grabbed me by the arm and I am scared of Sam.";
    private static final String ALEXS_THREAT = "I'll hurt you if you tell them that, Sam.";
    private static final String NOTE = "Sam seems withdrawn; watch for stonewalling.";
    private static final String FLAG_NOTE = "Called Sam; a safety plan is in place.";

    /** A session with all of it: heat, whispers, private lines, disclosures, a threat, notes, check-ins. */
    private static RoomFixture session() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        room.say("sam", HEATED);
        room.act("maya", new RoomCommand.Whisper("sam", "Try an I-statement."));
        room.act("maya", new RoomCommand.Whisper("alex", "Breathe before you answer."));
        room.act("maya", new RoomCommand.Note(NOTE));
        room.act("alex", new RoomCommand.ToTherapist(ALEX_ABOUT_SAM));
        room.say("alex", ALEXS_DISCLOSURE);
        long samsAlert = room.say("sam", SAMS_DISCLOSURE).stream()
                .filter(e -> e.kind() == EventKind.SAFETY_ALERT)
                .findFirst()
                .orElseThrow()
                .seq();
        room.act("maya", new RoomCommand.AcknowledgeAlert(samsAlert));
        room.act("maya", new RoomCommand.AskSafeToTalk("sam"));
        room.act("maya", new RoomCommand.AskSafeToTalk("alex"));
        room.act("sam", new RoomCommand.AnswerScreen(new ScreenAnswers(3, 4, 3, 4, DirectAnswer.YES, DirectAnswer.NO)));
        room.act(
                "alex", new RoomCommand.AnswerScreen(new ScreenAnswers(2, 3, 2, 3, DirectAnswer.YES, DirectAnswer.NO)));
        room.act("maya", new RoomCommand.ResolveFlag("sam", FLAG_NOTE));
        room.act("maya", new RoomCommand.Mute("sam", 5));
        room.act("maya", new RoomCommand.Unmute("sam"));
        room.say("alex", ALEXS_THREAT);
        room.fireTimer();
        room.act("sam", new RoomCommand.Ready(4));
        return room;
    }

    private static List<Entry> exportOf(RoomFixture room, String person) {
        return room.log.stream()
                .map(e -> PersonalExport.entry(e, person, Set.of(room.room.id())))
                .flatMap(Optional::stream)
                .toList();
    }

    private static List<String> describe(List<Entry> entries, Part part) {
        return entries.stream()
                .filter(e -> e.part() == part)
                .map(e -> e.event().kind().wireName()
                        + e.event().targetId().map(t -> "@" + t).orElse(""))
                .toList();
    }

    @Test
    void samsExportHoldsWhatSamDidAndWhatWasRecordedAboutSamsOwnWords() {
        RoomFixture room = session();

        List<Entry> sams = exportOf(room, "sam");

        assertThat(describe(sams, Part.AUTHORED))
                .contains(
                        "message",
                        "held_message@sam",
                        "screen_answered@sam",
                        "screen_received@sam",
                        "ready",
                        "calm_rating@sam");
        assertThat(describe(sams, Part.ABOUT_YOU))
                .contains(
                        "signals@sam",
                        "whisper@sam",
                        "safety_alert@sam",
                        "resources_offered@sam",
                        "alert_acknowledged@sam",
                        "safe_to_talk_asked@sam",
                        "flag_resolved@sam",
                        "member_muted@sam",
                        "member_unmuted@sam")
                .allMatch(kind -> kind.endsWith("@sam"), "every record about Sam names Sam as its target");
        assertThat(whyOf(sams, EventKind.WHISPER)).isEqualTo(Why.SHOWN_TO_YOU);
        assertThat(whyOf(sams, EventKind.SIGNALS)).isEqualTo(Why.FROM_YOUR_WORDS);
        assertThat(whyOf(sams, EventKind.SAFETY_ALERT)).isEqualTo(Why.FROM_YOUR_WORDS);
        assertThat(whyOf(sams, EventKind.ALERT_ACKNOWLEDGED)).isEqualTo(Why.FROM_YOUR_WORDS);
        assertThat(whyOf(sams, EventKind.MEMBER_MUTED)).isEqualTo(Why.SHOWN_TO_THE_ROOM);
        assertThat(sams.stream().filter(e -> e.event().kind() == EventKind.CALM_RATING))
                .singleElement()
                .satisfies(e -> assertThat(e.event().payload()).isEqualTo(new EventPayload.CalmRating(4)));
    }

    @Test
    void samsExportHoldsNothingOfAlexsPrivateWordsEvenAboutSamNorTheTherapistsNotes() {
        RoomFixture room = session();

        List<Entry> sams = exportOf(room, "sam");

        assertThat(sams)
                .as("nothing Alex wrote, answered or raised")
                .noneMatch(e -> e.event().actorId().equals("alex")
                        || e.event().targetId().orElse("").equals("alex"));
        String everything =
                sams.stream().map(e -> e.event().payload().toString()).reduce("", String::concat);
        assertThat(everything)
                .doesNotContain("drinking every night", "grabbed me by the arm", "I'll hurt you")
                .doesNotContain("withdrawn", "safety plan");
        assertThat(sams).noneMatch(e -> e.event().kind() == EventKind.NOTE);
        RoomEvent threatAlert = room.log.stream()
                .filter(e -> e.kind() == EventKind.SAFETY_ALERT
                        && e.payload(EventPayload.SafetyAlert.class).concerns().stream()
                                .anyMatch(c -> c.kind().equals("threat")))
                .findFirst()
                .orElseThrow();
        assertThat(PersonalExport.entry(threatAlert, "sam", Set.of(room.room.id())))
                .as("a threat against Sam stays with the therapists")
                .isEmpty();
        assertThat(describe(sams, Part.ABOUT_YOU))
                .as("Sam was offered help lines discreetly when the room paused, naming nobody")
                .contains("resources_offered@sam");
    }

    @Test
    void theNoteOfAResolvedFlagIsWithheldFromEveryone() {
        RoomFixture room = session();

        Entry samsFlag = exportOf(room, "sam").stream()
                .filter(e -> e.event().kind() == EventKind.FLAG_RESOLVED)
                .findFirst()
                .orElseThrow();
        Entry mayasFlag = exportOf(room, "maya").stream()
                .filter(e -> e.event().kind() == EventKind.FLAG_RESOLVED)
                .findFirst()
                .orElseThrow();

        assertThat(samsFlag.event().payload(EventPayload.FlagResolved.class).note())
                .isNull();
        assertThat(mayasFlag.part()).isEqualTo(Part.AUTHORED);
        assertThat(mayasFlag.event().payload(EventPayload.FlagResolved.class).note())
                .as("a clinical note, released by the practice on request")
                .isNull();
        assertThat(exportOf(room, "maya"))
                .as("nor the therapist's own notes")
                .noneMatch(e -> e.event().kind() == EventKind.NOTE);
        assertThat(room.log.stream().filter(e -> e.kind() == EventKind.FLAG_RESOLVED))
                .as("the stored event keeps its note")
                .allMatch(e -> FLAG_NOTE.equals(
                        e.payload(EventPayload.FlagResolved.class).note()));
    }

    @Test
    void alexsExportHoldsAlexsOwnDisclosureAndNothingOfSams() {
        RoomFixture room = session();

        List<Entry> alexs = exportOf(room, "alex");

        assertThat(describe(alexs, Part.AUTHORED)).contains("to_therapist@alex", "held_message@alex");
        assertThat(describe(alexs, Part.ABOUT_YOU)).contains("safety_alert@alex", "whisper@alex");
        assertThat(alexs).noneMatch(e -> e.event().targetId().orElse("").equals("sam"));
    }

    @Test
    void nothingOfARoomThePersonWasNeverIn() {
        RoomFixture room = session();
        RoomEvent whisper = room.log.stream()
                .filter(e ->
                        e.kind() == EventKind.WHISPER && e.targetId().orElse("").equals("sam"))
                .findFirst()
                .orElseThrow();

        assertThat(PersonalExport.entry(whisper, "sam", Set.of("another-room"))).isEmpty();
        assertThat(PersonalExport.entry(whisper, "sam", Set.of(room.room.id()))).isPresent();
    }

    @Test
    void everyTherapistOnlyRecordInAnExportIsAboutThePersonsOwnWords() {
        RoomFixture room = session();

        for (String person : List.of("sam", "alex")) {
            assertThat(exportOf(room, person))
                    .filteredOn(e -> !room.state.maySee(person, e.event()))
                    .as("what " + person + " did not see live")
                    .allSatisfy(e -> {
                        assertThat(e.event().targetId()).contains(person);
                        assertThat(PersonalExport.fromTheTargetsOwnWords(
                                        e.event().kind()))
                                .isTrue();
                    });
        }
    }

    private static Why whyOf(List<Entry> entries, EventKind kind) {
        return entries.stream()
                .filter(e -> e.event().kind() == kind)
                .findFirst()
                .orElseThrow()
                .why();
    }
}
