package org.attune.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import org.attune.domain.Language;

/**
 * The language a call asks its document in (a transcript, an export, a
 * session's picture and summary): its {@code lang} query parameter, which a
 * page sends with its own language, else its {@code Accept-Language}, else
 * English; as the live socket reads it.
 */
final class RequestLanguage {

    /** What the OpenAPI document says of the {@code lang} parameter. */
    static final String DESCRIPTION = "The language to write the document in, en or fr (fr-CA is French; anything"
            + " else English); without it the request's Accept-Language decides, else English";

    private RequestLanguage() {}

    static Language of(String lang, HttpHeaders headers) {
        return Language.fromRequest(
                lang, headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
