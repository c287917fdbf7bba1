package org.attune.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Map;
import org.attune.application.Settings;
import org.attune.application.TranscriptService;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.regulation.Coach;
import org.attune.domain.regulation.CrisisResources;
import org.attune.domain.regulation.Exercise;
import org.attune.domain.transcript.RoomEvent;
import org.attune.interfaces.JsonFactories;
import org.attune.interfaces.RegulationJson;
import org.attune.security.AuditEntry;
import org.attune.security.Caller;

/** Guided exercises, crisis resources, and coaching on a draft (which is neither stored nor logged). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class RegulationResource {

    /** A draft to coach. */
    public record Draft(
            @NotBlank(message = "refusal.validation.draft-text")
            @Size(max = RoomEvent.MAX_TEXT_LENGTH, message = "refusal.validation.draft-length")
            String text) {}

    @Inject
    Caller caller;

    @Inject
    TranscriptService records;

    @Inject
    Settings settings;

    @Inject
    CallLimits limits;

    /** For the practice's administrators: safety alerts of the last 30 days, newest first, without words. */
    @GET
    @Path("/safety-alerts")
    public JsonObject safetyAlerts() {
        JsonArrayBuilder alerts = JsonFactories.array();
        for (AuditEntry a : records.safetyAlerts(caller)) {
            String[] detail = a.detail().orElse(" ").split(" ", 2);
            JsonArrayBuilder concerns = JsonFactories.array();
            Arrays.stream(detail.length > 1 ? detail[1].split(",") : new String[0])
                    .filter(c -> !c.isBlank())
                    .forEach(concerns::add);
            alerts.add(JsonFactories.object()
                    .add("at", a.at().toString())
                    .add("roomId", a.roomId().orElse(""))
                    .add("member", a.subjectId().orElse(""))
                    .add("mode", detail[0])
                    .add("concerns", concerns));
        }
        return JsonFactories.object()
                .add("contact", settings.safetyContact().orElse(""))
                .add("alerts", alerts)
                .build();
    }

    @GET
    @Path("/exercises")
    public JsonObject exercises() {
        JsonArrayBuilder all = JsonFactories.array();
        Arrays.stream(Exercise.values()).forEach(x -> all.add(RegulationJson.exercise(x)));
        return JsonFactories.object().add("exercises", all).build();
    }

    @GET
    @Path("/crisis-resources")
    public JsonObject crisisResources(@QueryParam("region") String region) {
        if (region != null
                && !region.isBlank()
                && CrisisResources.region(region).isEmpty()) {
            throw new RefusedException(
                    Refusal.NOT_FOUND,
                    "refusal.settings.crisis-regions",
                    Map.of("regions", String.join(", ", CrisisResources.codes())));
        }
        return RegulationJson.resources(CrisisResources.forRegion(
                        region, settings.crisisRegion().orElse(null)))
                .build();
    }

    @POST
    @Path("/coach")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject coach(@NotNull(message = "refusal.validation.draft-json") @Valid Draft draft) {
        limits.count(caller, CallLimits.Call.COACH);
        return RegulationJson.coaching(Coach.coach(draft.text())).build();
    }
}
