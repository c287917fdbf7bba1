package org.attune.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Applies the changes of one room one at a time, in order; different rooms
 * proceed in parallel. Whatever runs inside {@link #exclusive} for a room — the
 * transaction that writes an event, and the fan-out of that event after its
 * commit — finishes before the next change of that room starts, so every member
 * receives the room's events in {@code seq} order.
 */
@ApplicationScoped
public class RoomGate {

    private final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public <T> T exclusive(String roomId, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(roomId, id -> new ReentrantLock(true));
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
