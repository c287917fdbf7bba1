package org.attune.domain.regulation;

import org.attune.domain.WireNamed;

/** What a safety alert is about. Never mixed up with a conversation's heat. */
public enum SafetyConcern implements WireNamed {
    /** Thoughts of suicide or of hurting oneself. */
    SELF_HARM("self_harm"),
    /** Violence that happened or is threatened, or a weapon. */
    VIOLENCE("violence"),
    /** Abuse: physical, sexual, or control by intimidation; of the writer or of someone else. */
    ABUSE("abuse"),
    /** Fear of a person in the writer's life, or being controlled by one: checking, isolating, threatening to take the children. */
    FEAR("fear"),
    /** The writer threatening harm to someone, openly or veiled ("see what happens"). */
    THREAT("threat");

    private final String wireName;

    SafetyConcern(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
