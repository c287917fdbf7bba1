package org.attune.application;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.attune.domain.retention.RetentionPolicy;
import org.jboss.logging.Logger;

/**
 * How long the practice keeps clinical records, as {@link Settings} read it
 * ({@code practice.cli} sets the properties from the environment).
 *
 * @param policy {@code attune.retention.years} ({@code ATTUNE_RETENTION_YEARS}, default 10): the years a room's
 *     clinical record is kept after its last activity; {@code attune.retention.years-by-region}
 *     ({@code ATTUNE_RETENTION_YEARS_BY_REGION}): other periods by the room's region, e.g. {@code CA=10,US=7}
 * @param sweepEvery {@code attune.retention.sweep-minutes} (default 1440): how often the retention job runs
 */
public record RetentionSettings(RetentionPolicy policy, Duration sweepEvery) {

    static final String YEARS = "attune.retention.years";
    static final String YEARS_BY_REGION = "attune.retention.years-by-region";
    static final String SWEEP_MINUTES = "attune.retention.sweep-minutes";

    private static final Logger LOG = Logger.getLogger(RetentionSettings.class);

    /** Reads the settings by their property names; a value that cannot be read counts as not set, with a warning. */
    static RetentionSettings read(Function<String, String> source) {
        int years = positive(source.apply(YEARS), YEARS, 10);
        Map<String, Integer> byRegion = new LinkedHashMap<>();
        String listed = source.apply(YEARS_BY_REGION);
        if (listed != null) {
            for (String pair : listed.split(",")) {
                String[] regionAndYears = pair.split("=", 2);
                if (regionAndYears.length == 2 && !regionAndYears[0].isBlank()) {
                    int regionYears = positive(regionAndYears[1], YEARS_BY_REGION, 0);
                    if (regionYears > 0) {
                        byRegion.put(regionAndYears[0].strip().toUpperCase(java.util.Locale.ROOT), regionYears);
                    }
                } else if (!pair.isBlank()) {
                    LOG.warnf("%s: \"%s\" is not REGION=YEARS; it is left out.", YEARS_BY_REGION, pair.strip());
                }
            }
        }
        int minutes = positive(source.apply(SWEEP_MINUTES), SWEEP_MINUTES, 24 * 60);
        return new RetentionSettings(new RetentionPolicy(years, byRegion), Duration.ofMinutes(minutes));
    }

    private static int positive(String value, String name, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Said below.
        }
        LOG.warnf("%s: \"%s\" is not a whole number of at least 1; %d applies.", name, value.strip(), fallback);
        return fallback;
    }
}
