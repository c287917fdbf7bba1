package org.attune.interfaces.rest;

import jakarta.json.Json;
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
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.regulation.Coach;
import org.attune.domain.regulation.CrisisResources;
import org.attune.domain.regulation.Exercise;
import org.attune.domain.transcript.RoomEvent;
import org.attune.interfaces.RegulationJson;

/** Guided exercises, crisis resources, and coaching on a draft (which is neither stored nor logged). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class RegulationResource {

    /** A draft to coach. */
    public record Draft(
            @NotBlank(message = "Send the draft as \"text\".")
            @Size(max = RoomEvent.MAX_TEXT_LENGTH, message = "A draft can be at most 2000 characters long.")
            String text) {}

    @GET
    @Path("/exercises")
    public JsonObject exercises() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        Arrays.stream(Exercise.values()).forEach(x -> all.add(RegulationJson.exercise(x)));
        return Json.createObjectBuilder().add("exercises", all).build();
    }

    @GET
    @Path("/crisis-resources")
    public JsonObject crisisResources(@QueryParam("region") String region) {
        String chosen = region == null || region.isBlank() ? System.getProperty("attune.crisis.region") : region;
        if (region != null
                && !region.isBlank()
                && CrisisResources.region(region).isEmpty()) {
            throw new RefusedException(
                    Refusal.NOT_FOUND,
                    "Attune knows the crisis resources of: " + String.join(", ", CrisisResources.codes()) + ".");
        }
        return RegulationJson.resources(CrisisResources.forRegion(chosen)).build();
    }

    @POST
    @Path("/coach")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject coach(@NotNull(message = "Send the draft as JSON.") @Valid Draft draft) {
        return RegulationJson.coaching(Coach.coach(draft.text())).build();
    }
}
