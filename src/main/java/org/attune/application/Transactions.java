package org.attune.application;

import java.util.function.Supplier;

/**
 * Where the use cases and the room engine store what they decide: each piece
 * of work runs in a transaction of its own, which is committed before
 * {@link #inNewTransaction} returns. So whatever follows it (an ack, an event
 * sent to the room) comes after the commit.
 */
public interface Transactions {

    /**
     * Runs the work in a new transaction, apart from any the caller is in, and
     * commits it; returns the work's result.
     *
     * @throws TransactionFailedException when the transaction could not be
     *     begun or committed; nothing of it was stored
     * @throws RuntimeException what the work threw; the transaction was rolled
     *     back
     */
    <T> T inNewTransaction(Supplier<T> work);
}
