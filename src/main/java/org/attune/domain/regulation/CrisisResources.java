package org.attune.domain.regulation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where someone in crisis can turn right now, by region. Shown to a writer
 * whose words raise a safety alert, and reachable from every room page.
 */
public final class CrisisResources {

    /** One place to turn to. */
    public record Resource(String name, String contact, String when) {}

    /** A region's resources, the emergency number first. */
    public record Region(String code, String name, String emergency, List<Resource> resources) {}

    /** Used when a room's region is unknown: emergency services and an international directory. */
    public static final String INTERNATIONAL = "INTL";

    private static final Map<String, Region> REGIONS = Map.of(
            "US",
            new Region(
                    "US",
                    "United States",
                    "911",
                    List.of(
                            new Resource("988 Suicide & Crisis Lifeline", "Call or text 988", "any time, free"),
                            new Resource(
                                    "National Domestic Violence Hotline",
                                    "Call 1-800-799-7233, or text START to 88788",
                                    "any time, free"))),
            "CA",
            new Region(
                    "CA",
                    "Canada",
                    "911",
                    List.of(new Resource("9-8-8 Suicide Crisis Helpline", "Call or text 988", "any time, free"))),
            "GB",
            new Region(
                    "GB",
                    "United Kingdom",
                    "999",
                    List.of(
                            new Resource("Samaritans", "Call 116 123", "any time, free"),
                            new Resource("National Domestic Abuse Helpline", "Call 0808 2000 247", "any time, free"))),
            "IE",
            new Region(
                    "IE",
                    "Ireland",
                    "112 or 999",
                    List.of(new Resource("Samaritans", "Call 116 123", "any time, free"))),
            "AU",
            new Region("AU", "Australia", "000", List.of(new Resource("Lifeline", "Call 13 11 14", "any time"))),
            "NZ",
            new Region(
                    "NZ",
                    "New Zealand",
                    "111",
                    List.of(new Resource("Need to talk?", "Call or text 1737", "any time, free"))),
            INTERNATIONAL,
            new Region(
                    INTERNATIONAL,
                    "Anywhere",
                    "your local emergency number",
                    List.of(new Resource(
                            "Find a Helpline", "findahelpline.com lists free, confidential lines by country", ""))));

    private CrisisResources() {}

    /** The region with this code (case-insensitive), if Attune knows it. */
    public static Optional<Region> region(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(REGIONS.get(code.toUpperCase(Locale.ROOT)));
    }

    /**
     * The region with this code; without one, the practice's region (its
     * default, given by the caller); else the international fallback.
     */
    public static Region forRegion(String code, String practiceRegion) {
        return region(code).or(() -> region(practiceRegion)).orElse(REGIONS.get(INTERNATIONAL));
    }

    /** Every region code, sorted. */
    public static List<String> codes() {
        return REGIONS.keySet().stream().sorted().toList();
    }
}
