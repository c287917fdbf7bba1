package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.attune.domain.regulation.CrisisResources.Need;
import org.attune.domain.regulation.CrisisResources.Region;
import org.attune.domain.regulation.CrisisResources.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class CrisisResourcesTest {

    static final java.util.List<String> REGIONS = CrisisResources.REGIONS_WITH_LINES;

    @Test
    void aRoomsOwnRegionComesBeforeThePractices() {
        assertThat(CrisisResources.forRegion("ca", "GB").code()).isEqualTo("CA");
    }

    @Test
    void aRoomWithoutARegionShowsThePractices() {
        assertThat(CrisisResources.forRegion(null, "GB").code()).isEqualTo("GB");
    }

    @Test
    void withoutEitherTheInternationalResourcesAreShown() {
        assertThat(CrisisResources.forRegion(null, null).code()).isEqualTo(CrisisResources.INTERNATIONAL);
        assertThat(CrisisResources.forRegion("XX", "YY").code()).isEqualTo(CrisisResources.INTERNATIONAL);
    }

    @Test
    void everyRegionAttuneNamesHasItsOwnLines() {
        assertThat(CrisisResources.codes())
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.Stream.concat(REGIONS.stream(), java.util.stream.Stream.of("INTL"))
                                .toList());
    }

    @ParameterizedTest
    @FieldSource("REGIONS")
    void everyRegionHasACrisisADomesticViolenceAndAYouthLine(String code) {
        Region region = CrisisResources.region(code).orElseThrow();

        assertThat(region.serves(Need.CRISIS)).as("a crisis line").isTrue();
        assertThat(region.serves(Need.DOMESTIC_VIOLENCE))
                .as("a domestic violence line")
                .isTrue();
        assertThat(region.serves(Need.YOUTH)).as("a line for young people").isTrue();
        assertThat(region.resources().get(0).needs())
                .as("the crisis line comes first")
                .contains(Need.CRISIS);
    }

    @ParameterizedTest
    @FieldSource("REGIONS")
    void everyLineSaysHowToReachItAndNamesItsOfficialPage(String code) {
        for (Resource line : CrisisResources.region(code).orElseThrow().resources()) {
            assertThat(line.name()).isNotBlank();
            assertThat(line.contact()).as(line.name()).isNotBlank();
            assertThat(line.when()).as(line.name()).isNotBlank();
            assertThat(line.needs()).as(line.name()).isNotEmpty();
            URI source = URI.create(line.source());
            assertThat(source.getScheme()).as(line.name()).isEqualTo("https");
            assertThat(source.getHost()).as(line.name()).isNotBlank();
        }
    }

    @Test
    void eachLineHasItsOwnIdByWhichThePageSaysItInThePersonsLanguage() {
        java.util.Map<String, Resource> byId = new java.util.HashMap<>();
        for (String code : CrisisResources.codes()) {
            for (Resource line : CrisisResources.region(code).orElseThrow().resources()) {
                assertThat(line.id()).as(line.name()).matches("[a-z0-9-]+");
                Resource earlier = byId.putIfAbsent(line.id(), line);
                assertThat(earlier == null || earlier == line)
                        .as("the id %s names one line only", line.id())
                        .isTrue();
            }
        }
    }

    @Test
    void onlyALineForYoungPeopleAloneIsLeftOutOfACoupleRoom() {
        Resource kidsHelpPhone = line("CA", "Kids Help Phone");
        Resource lifeline988 = line("US", "988 Suicide & Crisis Lifeline");

        assertThat(kidsHelpPhone.onlyForYoungPeople()).isTrue();
        assertThat(lifeline988.needs()).contains(Need.CRISIS, Need.YOUTH);
        assertThat(lifeline988.onlyForYoungPeople())
                .as("988 serves everyone, young people too")
                .isFalse();
    }

    private static Resource line(String region, String name) {
        return CrisisResources.region(region).orElseThrow().resources().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
