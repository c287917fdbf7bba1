package org.attune.domain.intake;

import java.util.Optional;
import org.attune.domain.WireNamed;

/** An answer to one of the screen's two direct questions. */
public enum DirectAnswer implements WireNamed {
    YES("yes"),
    NO("no"),
    NOT_SURE("not_sure");

    private final String wireName;

    DirectAnswer(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static Optional<DirectAnswer> fromWireName(String name) {
        return WireNamed.parse(DirectAnswer.class, name);
    }
}
