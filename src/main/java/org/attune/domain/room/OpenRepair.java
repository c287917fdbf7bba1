package org.attune.domain.room;

/**
 * A repair phrase offered and not yet accepted, replaced or ended with its session.
 *
 * @param offer the sequence number of its {@code repair_offered} event
 * @param member who offered it, by id
 * @param phrase its key ({@code RepairPhrase} wire name)
 */
public record OpenRepair(long offer, String member, String phrase) {}
