package org.attune.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.stream.Collectors;
import org.attune.application.DatabaseOutage;
import org.attune.application.Failures;
import org.attune.domain.Language;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.Words;
import org.jboss.logging.Logger;

/** Every error of the REST API as an {@code application/problem+json} document, never a stack trace. */
public final class ProblemMappers {

    private static final String UNREADABLE = "refusal.http.unreadable";

    private ProblemMappers() {}

    /** The language the caller reads, by the request's {@code Accept-Language}; English when it names none. */
    static Language languageOf(HttpHeaders headers) {
        return Language.fromAcceptLanguage(
                headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @Provider
    public static class Refused implements ExceptionMapper<RefusedException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RefusedException e) {
            int status = httpStatus(e.refusal());
            Response.Status known = Response.Status.fromStatusCode(status);
            Response problem = Problems.of(
                    status,
                    e.refusal().code(),
                    known != null ? known.getReasonPhrase() : "Error",
                    e.message(languageOf(headers)));
            return e.refusal() == Refusal.UNAVAILABLE ? Unexpected.tryAgainSoon(problem) : problem;
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
                case OVERLOADED, UNAVAILABLE -> 503;
                case INTERNAL -> 500;
            };
        }
    }

    /** A call over its limit: 429, and when to try again. */
    @Provider
    public static class TooMany implements ExceptionMapper<TooManyCalls> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(TooManyCalls e) {
            return Response.fromResponse(
                            Problems.of(429, e.refusal().code(), "Too Many Requests", e.message(languageOf(headers))))
                    .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                    .build();
        }
    }

    /** A body that breaks its rules: each rule names the key of its words, said in the caller's language. */
    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            Language language = languageOf(headers);
            String detail = e.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage)
                    .map(message -> Words.keys(Language.ENGLISH).contains(message)
                            ? Words.render(message, Map.of(), language)
                            : message)
                    .sorted()
                    .collect(Collectors.joining(" "));
            return Problems.of(400, Refusal.BAD_REQUEST.code(), "Bad Request", detail);
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String detail = Words.render(
                    switch (status) {
                        case 400 -> UNREADABLE;
                        case 401 -> "refusal.http.sign-in";
                        case 404 -> "refusal.http.nothing-here";
                        case 405 -> "refusal.http.method-not-accepted";
                        case 406, 415 -> "refusal.http.json-only";
                        default -> "refusal.http.not-handled";
                    },
                    Map.of(),
                    languageOf(headers));
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
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            return Problems.of(
                    400,
                    Refusal.BAD_REQUEST.code(),
                    "Bad Request",
                    Words.render(UNREADABLE, Map.of(), languageOf(headers)));
        }
    }

    /**
     * Anything else: 500, or 503 {@code unavailable} when the database cannot
     * be reached (nothing changed; trying again once it is back works).
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        /** When a client may try again after the database was out of reach, in seconds. */
        static final int RETRY_AFTER_SECONDS = 5;

        private static final Logger LOG = Logger.getLogger(Unexpected.class);

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RuntimeException e) {
            Language language = languageOf(headers);
            if (DatabaseOutage.causedBy(e)) {
                LOG.warn("A REST call found the database out of reach", Failures.withoutMessages(e));
                return tryAgainSoon(Problems.of(
                        503,
                        Refusal.UNAVAILABLE.code(),
                        "Service Unavailable",
                        Words.render(RefusedException.UNAVAILABLE, Map.of(), language)));
            }
            LOG.error("Unexpected failure in a REST call", Failures.withoutMessages(e));
            return Problems.of(
                    500,
                    Refusal.INTERNAL.code(),
                    "Internal Server Error",
                    Words.render(RefusedException.NOTHING_CHANGED, Map.of(), language));
        }

        static Response tryAgainSoon(Response problem) {
            return Response.fromResponse(problem)
                    .header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS))
                    .build();
        }
    }
}
