package org.attune.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;

/** A setting that is a web address people are sent to: absolute, http or https, or else its default. */
final class WebAddress {

    private static final Logger LOG = Logger.getLogger(Settings.class);

    private WebAddress() {}

    static String read(Function<String, String> source, String name, String fallback) {
        String value = source.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            URI address = new URI(value.strip());
            if (address.getHost() != null && List.of("http", "https").contains(address.getScheme())) {
                return address.toString();
            }
        } catch (URISyntaxException e) {
            // Not an address: the warning below says so.
        }
        LOG.warnf("The setting %s is not an http or https address (\"%s\"); it stays at %s", name, value, fallback);
        return fallback;
    }
}
