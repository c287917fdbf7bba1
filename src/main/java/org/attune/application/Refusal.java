package org.attune.application;

/**
 * Why a request or command was refused. The code is what the live protocol's
 * {@code error} frames and the REST problem documents carry.
 */
public enum Refusal {
    BAD_REQUEST("bad_request", 400),
    TOO_LARGE("too_large", 413),
    FORBIDDEN("forbidden", 403),
    NOT_FOUND("not_found", 404),
    GONE("gone", 410),
    INVALID_STATE("invalid_state", 409),
    RATE_LIMITED("rate_limited", 429),
    INTERNAL("internal", 500);

    private final String code;
    private final int httpStatus;

    Refusal(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
