package org.attune.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.domain.room.RoomFixture.T0;
import static org.attune.domain.room.RoomFixture.describe;

import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.intake.DirectAnswer;
import org.attune.domain.intake.ScreenAnswers;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.RoomRole;
import org.attune.domain.regulation.RepairPhrase;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.PersonalExport;
import org.attune.domain.transcript.RoomEvent;
import org.junit.jupiter.api.Test;

/** One-tap repair attempts: who offers and accepts, one open offer each, and when the phrases are closed. */
class RepairsTest {

    private static final String DISCLOSURE = "He pushed me against the wall again last night.";

    private static RoomCommand.OfferRepair offer(String phrase) {
        return new RoomCommand.OfferRepair(phrase);
    }

    private static RoomCommand.AcceptRepair accept(RoomEvent offer) {
        return new RoomCommand.AcceptRepair(offer.seq());
    }

    private static String refusal(RoomFixture room, String actor, RoomCommand command) {
        long before = room.state.lastSeq();
        try {
            room.act(actor, command);
        } catch (RefusedException e) {
            assertThat(room.state.lastSeq())
                    .as("a refused command changes nothing")
                    .isEqualTo(before);
            return e.refusal().code() + ": " + e.getMessage();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aParticipantOffersAPhraseTheWholeRoomSeesAndAnotherAcceptsIt() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        List<RoomEvent> offered = room.act("alex", offer("sorry"));
        assertThat(describe(offered)).containsExactly("repair_offered");
        RoomEvent o = offered.get(0);
        assertThat(o.audience()).isEqualTo(Audience.EVERYONE);
        assertThat(o.payload(EventPayload.RepairOffer.class))
                .isEqualTo(new EventPayload.RepairOffer("sorry", "I'm sorry.", 0));
        assertThat(room.state.openRepairs()).containsExactly(new OpenRepair(o.seq(), "alex", "sorry"));

        List<RoomEvent> accepted = room.act("sam", accept(o));
        assertThat(describe(accepted)).containsExactly("repair_accepted@alex");
        assertThat(accepted.get(0).payload(EventPayload.RepairAccepted.class))
                .isEqualTo(new EventPayload.RepairAccepted(o.seq(), "sorry"));
        assertThat(accepted.get(0).audience()).isEqualTo(Audience.EVERYONE);
        assertThat(room.state.openRepairs()).isEmpty();
        assertThat(refusal(room, "sam", accept(o)))
                .isEqualTo("invalid_state: That repair attempt was already accepted.");
        assertThat(room.rebuilt().openRepairs()).as("rebuilt from the log").isEmpty();
    }

    @Test
    void anOfferNeedsNoTurnItIsWhatReachesThePartnerWhenItIsNotYours() {
        RoomFixture room = RoomFixture.moderated("floor", "alex", "sam");
        room.refusedSay("sam", Refusal.NOT_YOUR_TURN);
        assertThat(describe(room.act("sam", offer("try_again")))).containsExactly("repair_offered");
    }

    @Test
    void aNewOfferReplacesTheEarlierOneWhichCanNoLongerBeAccepted() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        RoomEvent first = room.act("alex", offer("calm_down")).get(0);
        RoomEvent second = room.act("alex", offer("my_part")).get(0);
        assertThat(second.payload(EventPayload.RepairOffer.class).replaces()).isEqualTo(first.seq());
        assertThat(room.state.openRepairs()).containsExactly(new OpenRepair(second.seq(), "alex", "my_part"));
        assertThat(refusal(room, "sam", accept(first)))
                .isEqualTo("invalid_state: That repair attempt was replaced by a newer one from the same person.");
        RoomEvent samOffer = room.act("sam", offer("appreciate")).get(0);
        assertThat(samOffer.payload(EventPayload.RepairOffer.class).replaces())
                .as("one open offer per person")
                .isZero();
        assertThat(room.rebuilt().openRepairs())
                .isEqualTo(room.state.openRepairs())
                .hasSize(2);
    }

    @Test
    void nobodyAcceptsTheirOwnOfferAndUnknownPhrasesAndOffersAreRefused() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        RoomEvent o = room.act("alex", offer("sorry")).get(0);
        assertThat(refusal(room, "alex", accept(o)))
                .isEqualTo("invalid_state: This repair attempt is your own: the others in the room can accept it.");
        assertThat(refusal(room, "alex", offer("whatever")))
                .isEqualTo("bad_request: That is not one of the repair phrases. Nothing was sent.");
        room.refused("sam", new RoomCommand.AcceptRepair(9999), Refusal.NOT_FOUND);
        room.refused("sam", new RoomCommand.AcceptRepair(o.seq() - 1), Refusal.NOT_FOUND);
        assertThat(room.state.openRepairs()).hasSize(1);
    }

    @Test
    void therapistsAndObserversNeitherOfferNorAccept() {
        Room r = Room.open("Room", RoomKind.COUPLE, RoomMode.MODERATED, "maya", T0);
        RoomFixture room = RoomFixture.of(
                r,
                List.of(
                        new Member(r.id(), "maya", "maya", RoomRole.THERAPIST, MemberStatus.ACTIVE, T0),
                        new Member(r.id(), "alex", "alex", RoomRole.PARTICIPANT, MemberStatus.ACTIVE, T0),
                        new Member(r.id(), "sam", "sam", RoomRole.PARTICIPANT, MemberStatus.ACTIVE, T0),
                        new Member(r.id(), "olive", "olive", RoomRole.OBSERVER, MemberStatus.ACTIVE, T0)));
        room.screenedAndCleared("alex", "sam");
        room.act("maya", new RoomCommand.StartSession("open"));
        RoomEvent o = room.act("alex", offer("sorry")).get(0);
        room.refused("maya", offer("sorry"), Refusal.FORBIDDEN);
        room.refused("olive", offer("sorry"), Refusal.FORBIDDEN);
        room.refused("maya", accept(o), Refusal.FORBIDDEN);
        room.refused("olive", accept(o), Refusal.FORBIDDEN);
    }

    @Test
    void noPhrasesWithoutASessionWhilePausedOrWhileMuted() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        RoomEvent o = room.act("alex", offer("sorry")).get(0);
        room.act("maya", new RoomCommand.PauseRoom(10, null));
        assertThat(refusal(room, "alex", offer("calm_down"))).isEqualTo("invalid_state: " + Repairs.NOT_NOW);
        assertThat(refusal(room, "sam", accept(o))).isEqualTo("invalid_state: " + Repairs.NOT_NOW);
        room.act("maya", new RoomCommand.Resume());

        room.act("maya", new RoomCommand.Mute("sam", 5));
        assertThat(refusal(room, "sam", offer("sorry"))).isEqualTo("invalid_state: " + Repairs.NOT_NOW);
        assertThat(refusal(room, "sam", accept(o))).isEqualTo("invalid_state: " + Repairs.NOT_NOW);
        room.act("maya", new RoomCommand.Unmute("sam"));

        room.act("maya", new RoomCommand.EndSession());
        assertThat(room.state.openRepairs())
                .as("an offer closes with its session")
                .isEmpty();
        assertThat(refusal(room, "alex", offer("sorry"))).isEqualTo("invalid_state: " + Repairs.NO_SESSION);
        room.act("maya", new RoomCommand.StartSession());
        assertThat(refusal(room, "sam", accept(o)))
                .isEqualTo("invalid_state: That repair attempt belongs to a session that has ended.");
    }

    @Test
    void noPhrasesWhileASafetyAlertWaitsForAClinicianAndTheRefusalSaysNothingOfIt() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        RoomEvent o = room.act("alex", offer("sorry")).get(0);
        long alert = room.say("sam", DISCLOSURE).stream()
                .filter(e -> e.kind() == EventKind.SAFETY_ALERT)
                .findFirst()
                .orElseThrow()
                .seq();
        String refused = refusal(room, "alex", offer("sorry"));
        assertThat(refused).isEqualTo("invalid_state: " + Repairs.NOT_NOW).doesNotContainIgnoringCase("safety");
        assertThat(refusal(room, "sam", accept(o))).isEqualTo(refused);
        room.act("maya", new RoomCommand.AcknowledgeAlert(alert));
        assertThat(describe(room.act("sam", accept(o)))).containsExactly("repair_accepted@alex");
    }

    @Test
    void noPhrasesWhileASafetyFlagOfTheScreenIsOpen() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        List<RoomEvent> flagged = room.act(
                "sam",
                new RoomCommand.AnswerScreen(new ScreenAnswers(3, 4, 3, 4, DirectAnswer.YES, DirectAnswer.NOT_SURE)));
        flagged.stream()
                .filter(e -> e.kind() == EventKind.SAFETY_ALERT)
                .forEach(e -> room.act("maya", new RoomCommand.AcknowledgeAlert(e.seq())));
        assertThat(refusal(room, "alex", offer("sorry"))).isEqualTo("invalid_state: " + Repairs.NOT_NOW);
        room.act("maya", new RoomCommand.ResolveFlag("sam", null));
        assertThat(describe(room.act("alex", offer("sorry")))).containsExactly("repair_offered");
    }

    @Test
    void everyPhraseHasCalmWordsAndAnOfferIsInTheExportsOfBoth() {
        assertThat(RepairPhrase.values())
                .extracting(RepairPhrase::wireName)
                .containsExactly(
                        "calm_down",
                        "stop",
                        "try_again",
                        "my_part",
                        "sorry",
                        "more_gently",
                        "agree_part",
                        "appreciate");
        assertThat(RepairPhrase.values())
                .allSatisfy(p ->
                        assertThat(p.text()).matches("[A-Z][A-Za-z' ]+[.?]").doesNotContain("you always", "never"));
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        RoomEvent o = room.act("alex", offer("sorry")).get(0);
        RoomEvent a = room.act("sam", accept(o)).get(0);
        java.util.Set<String> rooms = java.util.Set.of(room.room.id());
        assertThat(PersonalExport.entry(o, "alex", rooms)).isPresent();
        assertThat(PersonalExport.entry(a, "sam", rooms)).isPresent();
        assertThat(PersonalExport.entry(a, "alex", rooms))
                .as("accepted: about Alex, shown to the room")
                .isPresent();
        assertThatThrownBy(() -> room.state.handle("nobody", "z", offer("sorry"), room.now()))
                .isInstanceOf(RefusedException.class);
    }
}
