package org.attune.domain.practice;

import java.util.Optional;
import org.attune.domain.WireNamed;
import org.attune.domain.turn.AppreciationProtocol;
import org.attune.domain.turn.ImagoProtocol;
import org.attune.domain.turn.RoundProtocol;
import org.attune.domain.turn.SpeakerListenerProtocol;

/**
 * What a therapist may assign as practice between sessions, each done in the
 * room with one of its server-enforced protocols, guided by the room itself.
 *
 * <ul>
 *   <li>{@code appointment_dialogue}: the Imago dialogue, asked for by appointment (protocol {@code imago});
 *   <li>{@code stress_reducing}: Gottman's stress-reducing conversation, each in turn speaking of a stress from
 *       outside the relationship while the other listens and says back (protocol {@code speaker_listener});
 *   <li>{@code appreciation}: the appreciation ritual (protocol {@code appreciation});
 *   <li>{@code attachment_statements}: each in turn says "What I need from you is…" (protocol {@code round});
 *   <li>{@code needs_and_hurts}: for families, each member in turn names one thing they need and one that has
 *       hurt (protocol {@code round}).
 * </ul>
 */
public enum PracticeKind implements WireNamed {
    APPOINTMENT_DIALOGUE("appointment_dialogue", ImagoProtocol.NAME, "an appointment dialogue", false),
    STRESS_REDUCING("stress_reducing", SpeakerListenerProtocol.NAME, "a stress-reducing conversation", false),
    APPRECIATION("appreciation", AppreciationProtocol.NAME, "the appreciation ritual", false),
    ATTACHMENT_STATEMENTS("attachment_statements", RoundProtocol.NAME, "attachment statements", false),
    NEEDS_AND_HURTS("needs_and_hurts", RoundProtocol.NAME, "a round of needs and hurts", true);

    private final String wireName;
    private final String protocol;
    private final String title;
    private final boolean familiesOnly;

    PracticeKind(String wireName, String protocol, String title, boolean familiesOnly) {
        this.wireName = wireName;
        this.protocol = protocol;
        this.title = title;
        this.familiesOnly = familiesOnly;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** The turn-taking protocol the practice is done with, by its wire name. */
    public String protocol() {
        return protocol;
    }

    /** Its name in a sentence, e.g. "the appreciation ritual". */
    public String title() {
        return title;
    }

    /** Whether only a family room may be given it. */
    public boolean familiesOnly() {
        return familiesOnly;
    }

    public static Optional<PracticeKind> fromWireName(String name) {
        return WireNamed.parse(PracticeKind.class, name);
    }
}
