package org.attune.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import org.attune.domain.regulation.NamedPeople;
import org.attune.domain.regulation.SafetyScreen;

/**
 * Trains the safety screen's learned layer, and reads the everyday words that
 * names are told apart from, while Attune starts: about two seconds of CPU once,
 * rather than in the room shard that screens the first message.
 */
@ApplicationScoped
public class SafetyScreenPreparation {

    void prepare(@Observes Startup startup) {
        SafetyScreen.prepare();
        NamedPeople.prepare();
    }
}
