package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The endpoint's last line: a failure no handler dealt with. Since the live
 * decoder refuses every frame a client can send with a clear error, no client
 * reaches this path any more; a session that records what it is told stands
 * in for the container's.
 */
class LiveRoomEndpointTest {

    private final List<CloseReason> closed = new ArrayList<>();
    private final Map<String, Object> properties = new HashMap<>();
    private final Session session = (Session) Proxy.newProxyInstance(
            Session.class.getClassLoader(),
            new Class<?>[] {Session.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "isOpen" -> closed.isEmpty();
                case "getUserProperties" -> properties;
                case "getRequestParameterMap" -> Map.of();
                case "close" -> closed.add((CloseReason) args[0]);
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void anUnhandledFailureClosesTheSocketWith1011AndACalmReason() {
        new LiveRoomEndpoint().failed(session, new IllegalStateException("a bug"), "room-1");

        assertThat(closed).singleElement().satisfies(reason -> {
            assertThat(reason.getCloseCode().getCode()).isEqualTo(1011);
            assertThat(reason.getReasonPhrase()).isEqualTo("Something went wrong on our side. Please reconnect.");
        });
    }

    @Test
    void theConnectionsOwnFailureIsLeftToTheContainerToClose() {
        new LiveRoomEndpoint().failed(session, new IOException("connection reset"), "room-1");

        assertThat(closed).isEmpty();
    }
}
