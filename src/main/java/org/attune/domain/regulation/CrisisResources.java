package org.attune.domain.regulation;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.domain.WireNamed;

/**
 * Where someone in crisis can turn right now, by region. Shown to a writer
 * whose words raise a safety alert, and reachable from every room page.
 *
 * <p>Every region Attune knows has a line for a crisis (suicide or
 * emotional distress), one for domestic violence and abuse, and one for young
 * people, whom a family room shows them to (a couple room need not). Each
 * line names the official page it was taken from; {@code docs/crisis-resources.md}
 * says which were checked against a copy of that page, and when to check again.
 */
public final class CrisisResources {

    /** What a line is for. */
    public enum Need implements WireNamed {
        /** Suicide, self-harm, emotional distress. */
        CRISIS("crisis"),
        /** Domestic violence and abuse, for anyone afraid of someone at home. */
        DOMESTIC_VIOLENCE("domestic_violence"),
        /** Children and young people. */
        YOUTH("youth");

        private final String wireName;

        Need(String wireName) {
            this.wireName = wireName;
        }

        @Override
        public String wireName() {
            return wireName;
        }
    }

    /**
     * One place to turn to: how to reach it, when, what it is for, and the
     * official page it was taken from. Its {@code id} names it to the page,
     * which says its name and contact in the person's language.
     */
    public record Resource(String id, String name, String contact, String when, Set<Need> needs, String source) {

        public Resource {
            needs = Set.copyOf(needs);
        }

        /** A line for young people only, which a couple room need not show. */
        public boolean onlyForYoungPeople() {
            return needs.equals(Set.of(Need.YOUTH));
        }
    }

    /** A region's resources, the emergency number first. */
    public record Region(String code, String name, String emergency, List<Resource> resources) {

        /** Whether one of the region's lines is for this need. */
        public boolean serves(Need need) {
            return resources.stream().anyMatch(r -> r.needs().contains(need));
        }
    }

    /** Used when a room's region is unknown: emergency services and an international directory. */
    public static final String INTERNATIONAL = "INTL";

    /** The regions whose own lines Attune knows: each has a line for every {@link Need}. */
    public static final List<String> REGIONS_WITH_LINES = List.of("US", "CA", "GB", "IE", "AU", "NZ");

    private static final String ANY_TIME_FREE = "any time, free";

    /** One line for the United Kingdom and Ireland alike. */
    private static final Resource SAMARITANS = line(
            "samaritans",
            "Samaritans",
            "Call 116 123",
            ANY_TIME_FREE,
            EnumSet.of(Need.CRISIS),
            "https://www.samaritans.org/");

    private static final Map<String, Region> REGIONS = Map.of(
            "US",
            new Region(
                    "US",
                    "United States",
                    "911",
                    List.of(
                            line(
                                    "us-988",
                                    "988 Suicide & Crisis Lifeline",
                                    "Call or text 988",
                                    "any time, free, at any age",
                                    EnumSet.of(Need.CRISIS, Need.YOUTH),
                                    "https://988lifeline.org/"),
                            line(
                                    "us-hotline",
                                    "National Domestic Violence Hotline",
                                    "Call 1-800-799-7233, or text START to 88788",
                                    ANY_TIME_FREE,
                                    EnumSet.of(Need.DOMESTIC_VIOLENCE),
                                    "https://www.thehotline.org/"))),
            "CA",
            new Region(
                    "CA",
                    "Canada",
                    "911",
                    List.of(
                            line(
                                    "ca-988",
                                    "9-8-8 Suicide Crisis Helpline",
                                    "Call or text 988",
                                    ANY_TIME_FREE,
                                    EnumSet.of(Need.CRISIS),
                                    "https://988.ca/"),
                            line(
                                    "ca-sheltersafe",
                                    "ShelterSafe (Women's Shelters Canada)",
                                    "sheltersafe.ca finds the nearest women's shelter and its 24-hour crisis line",
                                    "any time",
                                    EnumSet.of(Need.DOMESTIC_VIOLENCE),
                                    "https://sheltersafe.ca/"),
                            line(
                                    "ca-sos-violence-conjugale",
                                    "SOS violence conjugale, in Quebec",
                                    "Call 1-800-363-9010",
                                    "any time, free, in English and French",
                                    EnumSet.of(Need.DOMESTIC_VIOLENCE),
                                    "https://sosviolenceconjugale.ca/"),
                            line(
                                    "ca-kids-help-phone",
                                    "Kids Help Phone",
                                    "Call 1-800-668-6868, or text CONNECT to 686868",
                                    ANY_TIME_FREE,
                                    EnumSet.of(Need.YOUTH),
                                    "https://kidshelpphone.ca/"))),
            "GB",
            new Region(
                    "GB",
                    "United Kingdom",
                    "999",
                    List.of(
                            SAMARITANS,
                            line(
                                    "gb-domestic-abuse",
                                    "National Domestic Abuse Helpline",
                                    "Call 0808 2000 247",
                                    ANY_TIME_FREE,
                                    EnumSet.of(Need.DOMESTIC_VIOLENCE),
                                    "https://www.nationaldahelpline.org.uk/"),
                            line(
                                    "gb-childline",
                                    "Childline",
                                    "Call 0800 1111",
                                    ANY_TIME_FREE,
                                    EnumSet.of(Need.YOUTH),
                                    "https://www.childline.org.uk/"))),
            "IE",
            new Region(
                    "IE",
                    "Ireland",
                    "112 or 999",
                    List.of(
                            SAMARITANS,
                            line(
                                    "ie-womens-aid",
                                    "Women's Aid National Freephone Helpline",
                                    "Call 1800 341 900",
                                    ANY_TIME_FREE,
                                    EnumSet.of(Need.DOMESTIC_VIOLENCE),
                                    "https://www.womensaid.ie/"),
                            line(
                                    "ie-childline",
                                    "Childline (ISPCC)",
                                    "Call 1800 66 66 66",
                                    ANY_TIME_FREE,
                                    EnumSet.of(Need.YOUTH),
                                    "https://www.childline.ie/"))),
            "AU",
            new Region(
                    "AU",
                    "Australia",
                    "000",
                    List.of(
                            line(
                                    "au-lifeline",
                                    "Lifeline",
                                    "Call 13 11 14",
                                    "any time",
                                    EnumSet.of(Need.CRISIS),
                                    "https://www.lifeline.org.au/"),
                            line(
                                    "au-1800respect",
                                    "1800RESPECT",
                                    "Call 1800 737 732, or text 0458 737 732",
                                    "any time",
                                    EnumSet.of(Need.DOMESTIC_VIOLENCE),
                                    "https://www.1800respect.org.au/"),
                            line(
                                    "au-kids-helpline",
                                    "Kids Helpline, for ages 5 to 25",
                                    "Call 1800 55 1800",
                                    ANY_TIME_FREE,
                                    EnumSet.of(Need.YOUTH),
                                    "https://kidshelpline.com.au/"))),
            "NZ",
            new Region(
                    "NZ",
                    "New Zealand",
                    "111",
                    List.of(
                            line(
                                    "nz-1737",
                                    "Need to talk?",
                                    "Call or text 1737",
                                    ANY_TIME_FREE,
                                    EnumSet.of(Need.CRISIS),
                                    "https://1737.org.nz/"),
                            line(
                                    "nz-womens-refuge",
                                    "Women's Refuge crisis line",
                                    "Call 0800 733 843 (0800 REFUGE)",
                                    ANY_TIME_FREE,
                                    EnumSet.of(Need.DOMESTIC_VIOLENCE),
                                    "https://womensrefuge.org.nz/get-help/"),
                            line(
                                    "nz-youthline",
                                    "Youthline, for ages 12 to 24",
                                    "Call 0800 376 633, or text 234",
                                    ANY_TIME_FREE,
                                    EnumSet.of(Need.YOUTH),
                                    "https://www.youthline.co.nz/"))),
            INTERNATIONAL,
            new Region(
                    INTERNATIONAL,
                    "Anywhere",
                    "your local emergency number",
                    List.of(line(
                            "intl-find-a-helpline",
                            "Find a Helpline",
                            "findahelpline.com lists free, confidential lines by country",
                            "",
                            EnumSet.allOf(Need.class),
                            "https://findahelpline.com/"))));

    private CrisisResources() {}

    private static Resource line(String id, String name, String contact, String when, Set<Need> needs, String source) {
        return new Resource(id, name, contact, when, needs, source);
    }

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
