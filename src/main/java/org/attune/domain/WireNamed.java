package org.attune.domain;

import java.util.Arrays;
import java.util.Optional;

/** A value with the lower-case name that clients see on the wire. */
public interface WireNamed {

    String wireName();

    /** The constant of {@code type} whose wire name is {@code name}, if any. */
    static <E extends Enum<E> & WireNamed> Optional<E> parse(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.wireName().equals(name))
                .findFirst();
    }
}
