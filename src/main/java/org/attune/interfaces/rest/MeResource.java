package org.attune.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.attune.application.DataExportService;
import org.attune.domain.Language;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.transcript.PersonalExport;
import org.attune.security.Caller;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

    /**
     * Everything Attune stores about the caller, to take away: JSON by default,
     * or a readable document ({@code html}, {@code text}) in the person's
     * language ({@code lang}, else {@code Accept-Language}). Always a download.
     */
    @GET
    @Path("/export")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.TEXT_PLAIN})
    @APIResponse(
            responseCode = "200",
            description = "Everything stored about the caller, as a download: what they wrote and did, what was"
                    + " recorded about them and why, what is not included and why, and the audit rows that concern"
                    + " them; format=html or text gives the same as a readable document",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Dtos.ExportView.class)),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))
            })
    public Response export(
            @Parameter(description = "json (the default), html or text") @QueryParam("format") String format,
            @Parameter(description = RequestLanguage.DESCRIPTION) @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        String chosen = format == null ? "json" : format;
        if (!List.of("json", "html", "text").contains(chosen)) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.export.format-json-html-text");
        }
        DataExportService.Export export = exports.export(caller, chosen);
        // The readable documents are written in the person's language; the JSON holds codes and their words.
        Language language = RequestLanguage.of(lang, headers);
        Response.ResponseBuilder response = switch (chosen) {
            case "html" ->
                Response.ok(ExportRenderer.html(export, language), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .header(HttpHeaders.CONTENT_LANGUAGE, language.wireName());
            case "text" ->
                Response.ok(ExportRenderer.text(export, language), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                        .header(HttpHeaders.CONTENT_LANGUAGE, language.wireName());
            default -> Response.ok(view(export), MediaType.APPLICATION_JSON_TYPE);
        };
        String extension = chosen.equals("text") ? "txt" : chosen;
        return response.header("Content-Disposition", "attachment; filename=\"attune-export." + extension + "\"")
                .build();
    }

    private static Dtos.ExportView view(DataExportService.Export export) {
        return new Dtos.ExportView(
                export.exportedAt(),
                Dtos.MeView.of(export.person()),
                export.memberships().stream().map(Dtos.MembershipView::of).toList(),
                export.roomNames().entrySet().stream()
                        .map(r -> new Dtos.ExportRoomView(r.getKey(), r.getValue()))
                        .toList(),
                export.authored().stream().map(e -> EventView.of(e.event())).toList(),
                export.aboutThem().stream().map(Dtos.AboutYouView::of).toList(),
                PersonalExport.NOT_INCLUDED,
                export.audit().stream().map(Dtos.AuditView::of).toList());
    }
}
