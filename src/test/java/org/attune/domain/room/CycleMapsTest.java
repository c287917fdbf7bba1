package org.attune.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.domain.room.RoomFixture.describe;

import java.time.Duration;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.cycle.CycleInTheRoom;
import org.attune.domain.cycle.Move;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.PersonalExport;
import org.attune.domain.transcript.RoomEvent;
import org.junit.jupiter.api.Test;

/** The cycle map in the room: who edits it, who sees it, its versions, its tags, and the cycle named when heat rises. */
class CycleMapsTest {

    private static final String HOT = "You NEVER listen, you selfish idiot!!!";
    private static final String HOTTER = "Whatever. You always do this and I'm done.";

    private static RoomCommand.SetCycle alexPursues() {
        return new RoomCommand.SetCycle(
                "alex", "pursue", "anger", List.of("hurt", "fear"), "to_matter", "I want to know I count.");
    }

    private static RoomCommand.SetCycle samWithdraws() {
        return new RoomCommand.SetCycle("sam", "withdraw", "going quiet", List.of("shame"), "to_be_accepted", null);
    }

    @Test
    void aTherapistSetsEachPersonsPartForTheWholeRoomAndEachEditIsANewVersion() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        List<RoomEvent> set = room.act("maya", alexPursues());
        assertThat(describe(set)).containsExactly("cycle_map_updated@alex");
        RoomEvent e = set.get(0);
        assertThat(e.audience()).isEqualTo(Audience.EVERYONE);
        assertThat(e.payload(EventPayload.CycleSet.class).version()).isEqualTo(1);
        assertThat(e.payload(EventPayload.CycleSet.class).session())
                .as("the room's first session")
                .isEqualTo(1);
        room.act("maya", samWithdraws());
        room.act(
                "maya",
                new RoomCommand.SetCycle("alex", "protest", "frustration", List.of("loneliness"), "to_be_close", null));

        assertThat(room.state.cycleMap().version()).isEqualTo(3);
        assertThat(room.state.cycleMap().of("alex").orElseThrow().move()).isEqualTo(Move.PROTEST);
        assertThat(room.state.cycleMap().versions()).hasSize(3);
        assertThat(room.state.maySee("sam", e)).as("the map is the room's").isTrue();
        assertThat(room.rebuilt().cycleMap().entries())
                .as("rebuilt from the log")
                .isEqualTo(room.state.cycleMap().entries());
        assertThat(room.rebuilt().cycleMap().versions())
                .isEqualTo(room.state.cycleMap().versions());
    }

    @Test
    void aParticipantCannotEditTheMapAndBadPartsChangeNothing() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        room.refused("alex", alexPursues(), Refusal.FORBIDDEN);
        room.refused(
                "maya",
                new RoomCommand.SetCycle("maya", "pursue", "anger", List.of("hurt"), "to_matter", null),
                Refusal.NOT_FOUND);
        room.refused(
                "maya",
                new RoomCommand.SetCycle("nobody", "pursue", "anger", List.of("hurt"), "to_matter", null),
                Refusal.NOT_FOUND);
        room.refused(
                "maya",
                new RoomCommand.SetCycle("alex", "attack", "anger", List.of("hurt"), "to_matter", null),
                Refusal.BAD_REQUEST);
        assertThat(room.state.cycleMap().isEmpty()).isTrue();
        assertThat(room.state.cycleMap().version()).isZero();
    }

    @Test
    void aTherapistTagsAMessageAsAStepOfItsWritersCycleForTherapistsOnly() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        long said = room.say("alex", "I felt alone at the party.").get(0).seq();
        List<RoomEvent> tagged = room.act("maya", new RoomCommand.TagCycleStep(said, "alex", "softer"));
        assertThat(describe(tagged)).containsExactly("cycle_step_tagged@alex");
        RoomEvent tag = tagged.get(0);
        assertThat(tag.audience()).isEqualTo(Audience.THERAPISTS);
        assertThat(tag.payload(EventPayload.CycleTag.class)).isEqualTo(new EventPayload.CycleTag(said, "softer"));
        assertThat(room.state.maySee("alex", tag)).isFalse();
        assertThat(room.state.maySee("sam", tag)).isFalse();

        room.refused("alex", new RoomCommand.TagCycleStep(said, "alex", "softer"), Refusal.FORBIDDEN);
        room.refused("maya", new RoomCommand.TagCycleStep(said, "sam", "softer"), Refusal.BAD_REQUEST);
        room.refused("maya", new RoomCommand.TagCycleStep(said, "alex", "blame"), Refusal.BAD_REQUEST);
        room.refused("maya", new RoomCommand.TagCycleStep(tag.seq(), "alex", "move"), Refusal.NOT_FOUND);
    }

    @Test
    void whenHeatRisesTheRoomHearsTheCycleAndOnlyTheWriterHearsTheirOwnWords() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        room.act("maya", alexPursues());
        room.act("maya", samWithdraws());
        room.say("alex", HOT);
        room.advance(Duration.ofSeconds(20));
        List<RoomEvent> hotter = room.say("alex", HOTTER);
        assertThat(describe(hotter))
                .containsExactly("message", "signals@alex", "escalation@alex", "cycle_named", "cycle_prompt@alex");
        RoomEvent named = hotter.get(3);
        assertThat(named.audience()).isEqualTo(Audience.EVERYONE);
        assertThat(named.targetId()).as("the cycle, not a person").isEmpty();
        assertThat(named.payload(EventPayload.Text.class).text()).isEqualTo(CycleInTheRoom.ROOM_LINE);
        RoomEvent prompt = hotter.get(4);
        assertThat(prompt.audience()).isEqualTo(Audience.THERAPISTS_AND_TARGET);
        assertThat(prompt.payload(EventPayload.Text.class).text())
                .startsWith("Under the anger, is there hurt or fear?")
                .contains("I want to know I count.");
        assertThat(room.state.maySee("alex", prompt)).isTrue();
        assertThat(room.state.maySee("sam", prompt)).isFalse();
    }

    @Test
    void theCycleIsNamedAtMostOnceInTenMinutesPerRoomAndPerWriter() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        room.act("maya", alexPursues());
        room.act("maya", samWithdraws());
        heat(room, "alex");
        assertThat(kinds(heat(room, "sam")))
                .as("the room heard it a minute ago; Sam's own prompt is new")
                .containsExactly(EventKind.CYCLE_PROMPT);
        assertThat(kinds(heat(room, "alex"))).isEmpty();
        room.advance(Duration.ofMinutes(10));
        assertThat(kinds(heat(room, "alex"))).containsExactly(EventKind.CYCLE_NAMED, EventKind.CYCLE_PROMPT);
        assertThat(kinds(room.rebuilt()
                        .cycleMaps()
                        .heatRose(room.state.member("alex").orElseThrow(), room.now())))
                .as("the limits are rebuilt from the log")
                .isEmpty();
    }

    @Test
    void withoutAMapHeatRaisesNoCycleAndAWriterWithoutAPartHearsOnlyTheRoomLine() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        assertThat(kinds(heat(room, "alex"))).isEmpty();
        room.act("maya", samWithdraws());
        room.advance(Duration.ofMinutes(1));
        assertThat(kinds(heat(room, "alex"))).containsExactly(EventKind.CYCLE_NAMED);
    }

    @Test
    void aPersonsExportHoldsTheirOwnPartAndPromptButNeverTheTherapistsTagsNorTheirPartnersPart() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        room.act("maya", alexPursues());
        room.act("maya", samWithdraws());
        long said = room.say("alex", HOT).get(0).seq();
        room.act("maya", new RoomCommand.TagCycleStep(said, "alex", "move"));
        room.advance(Duration.ofSeconds(20));
        room.say("alex", HOTTER);
        java.util.Set<String> rooms = java.util.Set.of(room.room.id());
        java.util.Map<EventKind, PersonalExport.Why> alex = new java.util.EnumMap<>(EventKind.class);
        for (RoomEvent e : room.log) {
            PersonalExport.entry(e, "alex", rooms)
                    .filter(entry -> entry.part() == PersonalExport.Part.ABOUT_YOU)
                    .ifPresent(entry -> alex.put(e.kind(), entry.why()));
        }
        assertThat(alex)
                .containsEntry(EventKind.CYCLE_MAP_UPDATED, PersonalExport.Why.SHOWN_TO_THE_ROOM)
                .containsEntry(EventKind.CYCLE_PROMPT, PersonalExport.Why.SHOWN_TO_YOU)
                .doesNotContainKey(EventKind.CYCLE_STEP_TAGGED);
        assertThat(room.log.stream()
                        .filter(e -> e.kind() == EventKind.CYCLE_MAP_UPDATED || e.kind() == EventKind.CYCLE_PROMPT)
                        .filter(e -> e.targetId().orElse("").equals("alex"))
                        .filter(e -> PersonalExport.entry(e, "sam", rooms).isPresent()))
                .as("Alex's part and prompt are not in Sam's export")
                .isEmpty();
    }

    @Test
    void anErasedPersonsPartLeavesTheMapButItsVersionStays() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        room.act("maya", alexPursues());
        room.act("maya", samWithdraws());
        // Erasure takes the words of the person's events out of the record (Records.wordKinds).
        List<RoomEvent> erased = room.log.stream()
                .map(e -> e.kind() == EventKind.CYCLE_MAP_UPDATED
                                && e.targetId().orElse("").equals("alex")
                        ? e.withPayload(new EventPayload.CycleSet(
                                org.attune.domain.cycle.CycleEntry.decode(""),
                                e.payload(EventPayload.CycleSet.class).version(),
                                0))
                        : e)
                .toList();
        RoomState rebuilt = RoomState.rebuild(room.room, room.members, erased);
        assertThat(rebuilt.cycleMap().entries()).containsOnlyKeys("sam");
        assertThat(rebuilt.cycleMap().version()).isEqualTo(2);
    }

    /** Two heated messages by the writer: enough to cross the threshold; the cycle's events among them. */
    private static List<RoomEvent> heat(RoomFixture room, String writer) {
        room.advance(Duration.ofSeconds(30));
        room.say(writer, HOT);
        room.advance(Duration.ofSeconds(20));
        return room.say(writer, HOTTER).stream()
                .filter(e -> e.kind() == EventKind.CYCLE_NAMED || e.kind() == EventKind.CYCLE_PROMPT)
                .toList();
    }

    private static List<EventKind> kinds(List<RoomEvent> events) {
        return events.stream().map(RoomEvent::kind).toList();
    }
}
