package org.attune.domain.regulation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The names of the people in a room, which the safety screen's cues read as the people they
 * are: "Sam grabbed me" as "he grabbed me", "j'ai peur de Sam" as "j'ai peur de lui"
 * ({@link NamesRead}). Made once for a roster, not for every message. The words each concern
 * names are the writer's own.
 */
public final class NamedPeople {

    private final List<String> names;
    private final Pattern named;

    private NamedPeople(List<String> names) {
        this.names = List.copyOf(names);
        this.named = NamesRead.pattern(this.names);
    }

    public static NamedPeople of(List<String> names) {
        return new NamedPeople(names);
    }

    /** Reads the everyday words a name is told apart from, so that the first room to name someone does not. */
    public static void prepare() {
        NamesRead.prepare();
    }

    public List<String> names() {
        return names;
    }

    /** As {@link SafetyScreen#screen(String)}, with these names read as people by the cues. */
    public List<SafetyScreen.Concern> screen(String text) {
        return screen(text, false);
    }

    /** As {@link SafetyScreen#screen(String, boolean)}, with these names read as people by the cues. */
    public List<SafetyScreen.Concern> screen(String text, boolean watchful) {
        return read(text, SafetyScreen.screen(text, watchful), false);
    }

    /** As {@link SafetyScreen#screenReflection(String, boolean)}, with these names read as people by the cues. */
    public List<SafetyScreen.Concern> screenReflection(String text, boolean watchful) {
        return read(text, SafetyScreen.screenReflection(text, watchful), true);
    }

    /**
     * The concerns found in the message as written, and those the cues find once the names are
     * read as people. Only the cues read the names: they name what a person did ("he grabbed
     * me", "scared of him"), while the learned layer weighs every word, and a pronoun alone
     * weighs towards a crisis in it ("Before he comes in" resembles fear of a partner).
     */
    private List<SafetyScreen.Concern> read(String text, List<SafetyScreen.Concern> asWritten, boolean reflection) {
        NamesRead read = text == null ? null : NamesRead.in(text, named);
        if (read == null) {
            return asWritten;
        }
        List<SafetyScreen.Concern> out = new ArrayList<>(asWritten);
        for (SafetyScreen.Concern cue : SafetyScreen.cues(read.read)) {
            if (out.stream().noneMatch(c -> c.concern() == cue.concern())) {
                out.add(new SafetyScreen.Concern(cue.concern(), read.own(cue.words())));
            }
        }
        return reflection ? SafetyScreen.reflected(out) : out;
    }
}
