package org.attune.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.attune.application.Settings;

/**
 * The rooms' data keys: each made with the first event a room seals, stored
 * only wrapped by the operator's key ({@link RoomKey}), and kept unwrapped in
 * memory for the {@value #CACHED} rooms used last. A key made in a transaction
 * is remembered only once that transaction commits: a key whose row was rolled
 * back never seals anything that is kept.
 *
 * <p>Without an operator's key (a development server started without
 * {@code ATTUNE_DATA_KEY}) nothing is sealed, and a sealed event cannot be read.
 */
@ApplicationScoped
public class RoomKeys {

    static final int CACHED = 10_000;
    private static final String MADE_IN_THIS_TRANSACTION = RoomKeys.class.getName() + ".made";

    @PersistenceContext(unitName = "attune")
    EntityManager em;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transaction;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private Optional<SecretKey> operatorKey = Optional.empty();
    private String operatorKeyId;

    private final Map<String, SecretKey> unwrapped = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SecretKey> eldest) {
            return size() > CACHED;
        }
    };

    @PostConstruct
    void readOperatorKey() {
        operatorKey = settings.dataKey().key();
        operatorKeyId = settings.dataKey().keyId();
    }

    /** Whether events are stored sealed: whether the operator gave a key. */
    public boolean seal() {
        return operatorKey.isPresent();
    }

    /** The room's data key, made (and its wrapped form stored) if the room has none yet. */
    SecretKey forSealing(String roomId) {
        return known(roomId).or(() -> stored(roomId)).orElseGet(() -> make(roomId));
    }

    /** The room's data key, to open its sealed events. */
    SecretKey forOpening(String roomId) {
        if (operatorKey.isEmpty()) {
            throw new IllegalStateException("Room " + roomId
                    + " has sealed events, and no operator's key was given to open them: set ATTUNE_DATA_KEY");
        }
        return known(roomId)
                .or(() -> stored(roomId))
                .orElseThrow(() -> new IllegalStateException("Room " + roomId
                        + " has sealed events but no data key: it was destroyed, and its words with it"));
    }

    /**
     * Deletes the room's data key, in the caller's transaction, and forgets it:
     * once committed, the room's sealed events no longer open, here or in any
     * copy of the database taken afterwards.
     */
    void destroy(String roomId) {
        forget(roomId);
        em.createQuery("delete from RoomKey k where k.roomId = :room")
                .setParameter("room", roomId)
                .executeUpdate();
        afterCompletion(status -> forget(roomId));
    }

    private Optional<SecretKey> known(String roomId) {
        Map<String, SecretKey> made = madeInThisTransaction(false);
        if (made != null && made.containsKey(roomId)) {
            return Optional.of(made.get(roomId));
        }
        synchronized (unwrapped) {
            return Optional.ofNullable(unwrapped.get(roomId));
        }
    }

    private Optional<SecretKey> stored(String roomId) {
        RoomKey row = em.find(RoomKey.class, roomId);
        if (row == null) {
            return Optional.empty();
        }
        if (!row.keyId().equals(operatorKeyId)) {
            throw new IllegalStateException("The data key of room " + roomId + " is wrapped by the operator's key "
                    + row.keyId() + ", not by " + operatorKeyId
                    + " (ATTUNE_DATA_KEY_ID): re-wrap the rooms' keys before the old operator's key is retired");
        }
        SecretKey key = AtRestCipher.unwrap(operator(), operatorKeyId, roomId, row.wrappedKey());
        synchronized (unwrapped) {
            unwrapped.put(roomId, key);
        }
        return Optional.of(key);
    }

    private SecretKey make(String roomId) {
        SecretKey key = AtRestCipher.newDataKey();
        em.persist(new RoomKey(
                roomId, operatorKeyId, AtRestCipher.wrap(operator(), operatorKeyId, roomId, key), clock.instant()));
        Map<String, SecretKey> made = madeInThisTransaction(true);
        if (made.isEmpty()) {
            afterCompletion(status -> {
                if (status == Status.STATUS_COMMITTED) {
                    synchronized (unwrapped) {
                        unwrapped.putAll(made);
                    }
                }
            });
        }
        made.put(roomId, key);
        return key;
    }

    private void forget(String roomId) {
        synchronized (unwrapped) {
            unwrapped.remove(roomId);
        }
    }

    private SecretKey operator() {
        return operatorKey.orElseThrow(() -> new IllegalStateException("No operator's key: set ATTUNE_DATA_KEY"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, SecretKey> madeInThisTransaction(boolean create) {
        if (transaction.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return null;
        }
        Map<String, SecretKey> made = (Map<String, SecretKey>) transaction.getResource(MADE_IN_THIS_TRANSACTION);
        if (made == null && create) {
            made = new HashMap<>();
            transaction.putResource(MADE_IN_THIS_TRANSACTION, made);
        }
        return made;
    }

    private void afterCompletion(java.util.function.IntConsumer then) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                then.accept(status);
            }
        });
    }
}
