package org.attune.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.RoomRole;
import org.attune.domain.regulation.EscalationDetector;
import org.attune.domain.room.Member;
import org.attune.domain.room.Room;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomMode;
import org.attune.domain.room.RoomState;
import org.attune.domain.summary.SessionSummaries;
import org.attune.domain.summary.SessionSummary;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.RoundProtocol;
import org.attune.domain.turn.SpeakerListenerProtocol;
import org.junit.jupiter.api.Test;

class DemoRoomsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T18:00:00Z");

    /** A script played on a room's state, as the engine plays it: every move accepted, a few seconds apart. */
    private record Played(RoomState state, List<RoomEvent> log) {}

    private static Played play(DemoRooms.Script script) {
        Room room = Room.open(script.name(), script.kind(), RoomMode.MODERATED, DemoPerson.THERAPIST.id(), T0);
        List<Member> members = new ArrayList<>();
        members.add(member(room, DemoPerson.THERAPIST, RoomRole.THERAPIST));
        script.participants().forEach(p -> members.add(member(room, p, RoomRole.PARTICIPANT)));
        RoomState state = RoomState.rebuild(room, members, List.of());
        List<RoomEvent> log = new ArrayList<>();
        Instant now = T0;
        int n = 0;
        for (DemoRooms.Move move : script.moves()) {
            now = move instanceof DemoRooms.BreakTimeUp
                    ? state.pause().orElseThrow().until()
                    : now.plusSeconds(20);
            DemoRooms.Command command = DemoRooms.command(move, state, now);
            log.addAll(state.handle(command.actorId(), "demo-" + ++n, command.command(), now));
        }
        return new Played(state, log);
    }

    private static Member member(Room room, DemoPerson person, RoomRole role) {
        return new Member(room.id(), person.id(), person.displayName(), role, MemberStatus.ACTIVE, T0);
    }

    private static Map<EventKind, Long> counts(List<RoomEvent> log) {
        return log.stream().collect(Collectors.groupingBy(RoomEvent::kind, Collectors.counting()));
    }

    @Test
    void everyWordIsCalmEnoughForTheSafetyScreenAndTheDetector() {
        for (DemoRooms.Script script : DemoRooms.all()) {
            List<RoomEvent> log = play(script).log();
            assertThat(log)
                    .as(script.name())
                    .extracting(RoomEvent::kind)
                    .doesNotContain(
                            EventKind.SAFETY_ALERT,
                            EventKind.HELD_MESSAGE,
                            EventKind.RESOURCES_OFFERED,
                            EventKind.ESCALATION,
                            EventKind.SIGNALS,
                            EventKind.PAUSE_SUGGESTED,
                            EventKind.MORE_TIME_OFFERED);
            assertThat(log).extracting(RoomEvent::kind).contains(EventKind.MESSAGE);
            script.moves().stream()
                    .filter(m -> m instanceof DemoRooms.Act act && act.command() instanceof RoomCommand.Say)
                    .map(m -> ((RoomCommand.Say) ((DemoRooms.Act) m).command()).text())
                    .forEach(text -> assertThat(EscalationDetector.assess(text).heat())
                            .as(text)
                            .isZero());
        }
    }

    @Test
    void theCouplesConversationIsSpeakerListenerWithAlexHoldingTheFloor() {
        Played couple = play(DemoRooms.couple());
        Map<EventKind, Long> kinds = counts(couple.log());
        long words = kinds.getOrDefault(EventKind.MESSAGE, 0L)
                + kinds.getOrDefault(EventKind.PARAPHRASE, 0L)
                + kinds.getOrDefault(EventKind.GUIDANCE, 0L);
        assertThat(words).isBetween(5L, 8L);
        assertThat(kinds.get(EventKind.PARAPHRASE)).isEqualTo(2L);
        assertThat(kinds.get(EventKind.PARAPHRASE_CONFIRMED)).isEqualTo(1L);
        assertThat(couple.state().sessionRunning()).isTrue();
        SpeakerListenerProtocol protocol =
                (SpeakerListenerProtocol) couple.state().protocol();
        assertThat(protocol.speaker()).isEqualTo(DemoPerson.ALEX.id());
        assertThat(protocol.listener()).isEqualTo(DemoPerson.SAM.id());
        assertThat(protocol.phase()).isEqualTo(SpeakerListenerProtocol.Phase.CONFIRMING);
        assertThat(couple.state().practice().practices())
                .as("the appreciation ritual to practise before next time")
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.kind().wireName()).isEqualTo("appreciation");
                    assertThat(p.due()).isEqualTo(p.assignedAt().plus(java.time.Duration.ofDays(5)));
                });
    }

    @Test
    void theCouplesTimeOutIsARuptureThatSamsAppreciationRepairedAsTheTherapistSeesIt() {
        Played couple = play(DemoRooms.couple());
        SessionSummary session =
                SessionSummaries.of(couple.log(), T0.plusSeconds(3600)).get(0);
        assertThat(session.ruptures()).singleElement().satisfies(r -> {
            assertThat(r.kinds()).containsExactly(SessionSummary.RuptureKind.TIME_OUT);
            assertThat(r.repairedBy()).isEqualTo(SessionSummary.RepairKind.REPAIR_ACCEPTED);
        });
        assertThat(session.positive())
                .as("the appreciation offered, and its acceptance")
                .isEqualTo(2);
        assertThat(couple.state().openRepairs()).isEmpty();
    }

    @Test
    void theFamilysRoundIsUnderWayWithRileyHoldingTheStick() {
        Played family = play(DemoRooms.family());
        Map<EventKind, Long> kinds = counts(family.log());
        assertThat(kinds.get(EventKind.MESSAGE)).isEqualTo(3L);
        assertThat(kinds.get(EventKind.FLOOR_PASSED)).isEqualTo(2L);
        RoundProtocol round = (RoundProtocol) family.state().protocol();
        assertThat(round.turns().holder()).isEqualTo(DemoPerson.RILEY.id());
        assertThat(round.nextTimer())
                .as("no turn limit: the stick waits for Riley")
                .isEmpty();
    }

    @Test
    void eachRoomHasOnePastTimeOutEndedWithEveryoneCheckingIn() {
        for (DemoRooms.Script script : DemoRooms.all()) {
            Played played = play(script);
            Map<EventKind, Long> kinds = counts(played.log());
            assertThat(kinds.get(EventKind.PAUSED)).as(script.name()).isEqualTo(1L);
            assertThat(kinds.get(EventKind.CHECK_IN)).as(script.name()).isEqualTo(1L);
            assertThat(kinds.get(EventKind.READY)).as(script.name()).isEqualTo((long)
                    script.participants().size());
            assertThat(kinds.get(EventKind.RESUMED)).as(script.name()).isEqualTo(1L);
            assertThat(played.state().pause())
                    .as(script.name() + ": the pause is over")
                    .isEmpty();
            RoomEvent paused = played.log().stream()
                    .filter(e -> e.kind() == EventKind.PAUSED)
                    .findFirst()
                    .orElseThrow();
            assertThat(Duration.between(
                            paused.occurredAt(),
                            paused.payload(EventPayload.Paused.class).until()))
                    .isEqualTo(Duration.ofMinutes(DemoRooms.BREAK_MINUTES));
        }
    }

    @Test
    void theDemoPeopleAreTheUsersOfTheDevelopmentRealm() throws IOException {
        JsonObject file = Json.createReader(new StringReader(
                        Files.readString(Path.of("src/test/resources/keycloak/attune-dev-users.json"))))
                .readObject();
        Map<String, JsonObject> users = file.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(u -> u.getString("username"), Function.identity()));
        for (DemoPerson person : DemoPerson.values()) {
            JsonObject user = users.get(person.username());
            assertThat(user).as(person.username()).isNotNull();
            assertThat(user.getString("id")).isEqualTo(person.id());
            assertThat(user.getString("firstName") + " " + user.getString("lastName"))
                    .isEqualTo(person.displayName());
            assertThat(user.getJsonArray("realmRoles").getValuesAs(jakarta.json.JsonString.class))
                    .extracting(jakarta.json.JsonString::getString)
                    .containsAll(person.caller().realmRoles());
        }
    }
}
