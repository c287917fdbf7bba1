package org.attune.interfaces.live;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Map;
import org.attune.domain.Language;

/**
 * Reads, at the handshake, the language the person reads: the query parameter
 * {@code lang} (the page sends it), else the {@code Accept-Language} header,
 * else English. The endpoint finds it among the session's user properties,
 * which the container copies for each connection from the handshake's.
 */
public final class HandshakeLanguage extends ServerEndpointConfig.Configurator {

    static final String PROPERTY = "attune.language";
    static final String PARAMETER = "lang";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        super.modifyHandshake(config, request, response);
        config.getUserProperties()
                .put(
                        PROPERTY,
                        of(
                                first(request.getParameterMap(), PARAMETER),
                                first(request.getHeaders(), "Accept-Language")));
    }

    /** The language of a {@code lang} parameter, when there is one, else of an {@code Accept-Language} header. */
    static Language of(String lang, String acceptLanguage) {
        return Language.fromRequest(lang, acceptLanguage);
    }

    private static String first(Map<String, List<String>> values, String name) {
        if (values == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (e.getKey() != null
                    && e.getKey().equalsIgnoreCase(name)
                    && e.getValue() != null
                    && !e.getValue().isEmpty()) {
                return String.join(",", e.getValue());
            }
        }
        return null;
    }
}
