package org.attune.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.attune.application.DataExportService;
import org.attune.security.Caller;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Caller caller;

    @Inject
    DataExportService exports;

    @GET
    public Dtos.MeView me() {
        return Dtos.MeView.of(caller);
    }

    /** Everything Attune stores about the caller, to take away. */
    @GET
    @Path("/export")
    @APIResponse(
            responseCode = "200",
            description = "Everything stored about the caller, as a download",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Dtos.ExportView.class)))
    public Response export() {
        DataExportService.Export export = exports.export(caller);
        Dtos.ExportView view = new Dtos.ExportView(
                export.exportedAt(),
                Dtos.MeView.of(export.person()),
                export.memberships().stream().map(Dtos.MembershipView::of).toList(),
                export.authored().stream().map(EventView::of).toList(),
                export.audit().stream().map(Dtos.AuditView::of).toList());
        return Response.ok(view)
                .header("Content-Disposition", "attachment; filename=\"attune-export.json\"")
                .build();
    }
}
