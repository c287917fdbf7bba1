package org.attune.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;
import org.attune.application.Failures;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.jboss.logging.Logger;

/** Every error of the REST API as an {@code application/problem+json} document, never a stack trace. */
public final class ProblemMappers {

    private ProblemMappers() {}

    @Provider
    public static class Refused implements ExceptionMapper<RefusedException> {
        @Override
        public Response toResponse(RefusedException e) {
            int status = httpStatus(e.refusal());
            Response.Status known = Response.Status.fromStatusCode(status);
            return Problems.of(
                    status, e.refusal().code(), known != null ? known.getReasonPhrase() : "Error", e.getMessage());
        }

        static int httpStatus(Refusal refusal) {
            return switch (refusal) {
                case BAD_REQUEST -> 400;
                case TOO_LARGE -> 413;
                case FORBIDDEN -> 403;
                case NOT_FOUND -> 404;
                case GONE -> 410;
                case INVALID_STATE, NOT_YOUR_TURN, PAUSED, MUTED, NO_SESSION -> 409;
                case RATE_LIMITED -> 429;
                case INTERNAL -> 500;
            };
        }
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            String detail = e.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage)
                    .sorted()
                    .collect(Collectors.joining(" "));
            return Problems.of(400, Refusal.BAD_REQUEST.code(), "Bad Request", detail);
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String detail = switch (status) {
                case 400 -> "The request could not be read. Send valid JSON.";
                case 401 -> "Please sign in.";
                case 404 -> "There is nothing here.";
                case 405 -> "This address does not accept that method.";
                case 406, 415 -> "Attune speaks JSON here.";
                default -> "The request could not be handled.";
            };
            Response.StatusType type = e.getResponse().getStatusInfo();
            Response problem = Problems.of(
                    status, status >= 500 ? Refusal.INTERNAL.code() : "http_" + status, type.getReasonPhrase(), detail);
            if (status == 401) {
                return Response.fromResponse(problem)
                        .header("WWW-Authenticate", "Bearer realm=\"attune\"")
                        .build();
            }
            return problem;
        }
    }

    /** A body that could not be read as the expected JSON. */
    @Provider
    public static class Unreadable implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problems.of(
                    400, Refusal.BAD_REQUEST.code(), "Bad Request", "The request could not be read. Send valid JSON.");
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class);

        @Override
        public Response toResponse(RuntimeException e) {
            LOG.error("Unexpected failure in a REST call", Failures.withoutMessages(e));
            return Problems.of(500, Refusal.INTERNAL.code(), "Internal Server Error", RefusedException.NOTHING_CHANGED);
        }
    }
}
