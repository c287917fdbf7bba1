package org.attune.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.attune.application.RoomService;
import org.attune.application.TranscriptService;
import org.attune.domain.regulation.RegulationSettings;
import org.attune.domain.room.Invitation;
import org.attune.domain.room.Member;
import org.attune.domain.room.Room;
import org.attune.domain.transcript.PersonalExport;
import org.attune.security.AuditEntry;
import org.attune.security.Caller;

/** The request and response bodies of the REST API. */
public final class Dtos {

    private Dtos() {}

    public record MeView(String id, String username, String name, List<String> roles) {
        static MeView of(Caller caller) {
            return new MeView(
                    caller.id(),
                    caller.username(),
                    caller.name(),
                    caller.realmRoles().stream().sorted().toList());
        }
    }

    public record NewRoom(
            @NotBlank(message = "refusal.validation.room-name")
            @Size(max = Room.MAX_NAME_LENGTH, message = "refusal.validation.room-name-length")
            String name,

            @NotNull(message = "refusal.validation.room-kind")
            @Pattern(regexp = "couple|family", message = "refusal.validation.room-kind-values")
            String kind,

            @Pattern(regexp = "moderated|guided", message = "refusal.validation.room-mode")
            String mode) {}

    public record RoomView(
            String id,
            String name,
            String kind,
            String mode,
            boolean requiresAdmission,
            Instant createdAt,
            String yourRole,
            RegulationView regulation) {
        static RoomView of(Room room, String yourRole) {
            return new RoomView(
                    room.id(),
                    room.name(),
                    room.kind().wireName(),
                    room.mode().wireName(),
                    room.requiresAdmission(),
                    room.createdAt(),
                    yourRole,
                    RegulationView.of(room.regulation()));
        }
    }

    /** A room's regulation settings; {@code crisisRegion} null means the practice's default. */
    public record RegulationView(int pauseMinutes, String pauseExercise, int escalationThreshold, String crisisRegion) {
        static RegulationView of(RegulationSettings r) {
            return new RegulationView(
                    r.pauseMinutes(), r.pauseExercise().wireName(), r.escalationThreshold(), r.crisisRegion());
        }
    }

    public record RoomChange(
            @Size(min = 1, max = Room.MAX_NAME_LENGTH, message = "refusal.validation.room-name-range")
            String name,

            Boolean requiresAdmission,

            @Min(value = 1, message = "refusal.validation.pause-minutes")
            @Max(value = 1440, message = "refusal.validation.pause-minutes")
            Integer pauseMinutes,

            String pauseExercise,

            @Min(value = 50, message = "refusal.validation.escalation-threshold")
            @Max(value = 300, message = "refusal.validation.escalation-threshold")
            Integer escalationThreshold,

            @Size(max = 8, message = "refusal.validation.crisis-region")
            String crisisRegion) {}

    public record NewInvitation(
            @NotNull(message = "refusal.validation.invitation-role")
            @Pattern(regexp = "participant|observer|therapist", message = "refusal.validation.invitation-role-values")
            String role,

            @Min(value = 1, message = "refusal.validation.invitation-min-hours")
            @Max(value = 720, message = "refusal.validation.invitation-max-hours")
            Integer validForHours) {}

    public record InvitationView(String code, String roomId, String role, Instant expiresAt, String acceptPath) {
        static InvitationView of(Invitation invitation) {
            return new InvitationView(
                    invitation.code(),
                    invitation.roomId(),
                    invitation.role().wireName(),
                    invitation.expiresAt(),
                    "/api/invitations/" + invitation.code() + "/accept");
        }
    }

    /** What an invitation offers to the person holding it, before they accept it. */
    public record InvitationOfferView(String roomName, String roomKind, String role, String invitedBy) {
        static InvitationOfferView of(RoomService.InvitationOffer offer) {
            return new InvitationOfferView(
                    offer.room().name(),
                    offer.room().kind().wireName(),
                    offer.role().wireName(),
                    offer.invitedBy());
        }
    }

    public record MembershipView(String roomId, String userId, String name, String role, String status) {
        static MembershipView of(Member member) {
            return new MembershipView(
                    member.roomId(),
                    member.userId(),
                    member.displayName(),
                    member.role().wireName(),
                    member.status().name().toLowerCase(Locale.ROOT));
        }
    }

    /** How much a member spoke over the whole record. */
    public record ParticipationView(
            String member, String name, String role, int turns, int messages, int words, long talkSeconds) {
        static ParticipationView of(TranscriptService.Participation p) {
            return new ParticipationView(
                    p.memberId(),
                    p.name(),
                    p.role().wireName(),
                    p.share().turns(),
                    p.share().messages(),
                    p.share().words(),
                    p.share().talkTime().toSeconds());
        }
    }

    public record TranscriptView(
            String roomId, String roomName, List<EventView> events, List<ParticipationView> participation) {}

    public record AuditView(Instant at, String actor, String action, String roomId, String subject, String detail) {
        static AuditView of(AuditEntry a) {
            return new AuditView(
                    a.at(),
                    a.actorId(),
                    a.action().name().toLowerCase(Locale.ROOT),
                    a.roomId().orElse(null),
                    a.subjectId().orElse(null),
                    a.detail().orElse(null));
        }
    }

    /**
     * Everything stored about a person: their memberships and rooms; what they
     * wrote and did ({@code authored}); what others or the server recorded about
     * them ({@code aboutYou}, each with why it is theirs); what the export does
     * not hold, and why ({@code notIncluded}); and the audit rows that concern
     * them.
     */
    public record ExportView(
            Instant exportedAt,
            MeView person,
            List<MembershipView> memberships,
            List<ExportRoomView> rooms,
            List<EventView> authored,
            List<AboutYouView> aboutYou,
            List<String> notIncluded,
            List<AuditView> audit) {}

    /** A room of the person's export, by its id and name. */
    public record ExportRoomView(String roomId, String name) {}

    /**
     * Something recorded about the person by others or by the server: the
     * event, and why it is in their export ({@code reason}: {@code shown_to_you},
     * {@code shown_to_the_room} or {@code from_your_words}; {@code why}: the same
     * in a sentence).
     */
    public record AboutYouView(String reason, String why, EventView event) {
        static AboutYouView of(PersonalExport.Entry entry) {
            return new AboutYouView(entry.why().wireName(), entry.why().sentence(), EventView.of(entry.event()));
        }
    }
}
