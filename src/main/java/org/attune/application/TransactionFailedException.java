package org.attune.application;

/** A transaction could not be begun or committed, and nothing of it was stored. */
public class TransactionFailedException extends RuntimeException {

    public TransactionFailedException(Exception cause) {
        super("The transaction could not be committed: " + cause.getMessage(), cause);
    }
}
