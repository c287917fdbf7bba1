package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrisisResourcesTest {

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
}
