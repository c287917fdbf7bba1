package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiRequestFilterTest {

    @Test
    void aJsonBodyIsRead() {
        assertThat(ApiRequestFilter.readableBody("application/json", 12, null)).isTrue();
        assertThat(ApiRequestFilter.readableBody("Application/JSON; charset=UTF-8", 12, null))
                .isTrue();
        assertThat(ApiRequestFilter.readableBody("application/json", -1, "chunked"))
                .isTrue();
    }

    @Test
    void aRequestWithoutABodyNeedsNoType() {
        assertThat(ApiRequestFilter.readableBody(null, 0, null)).isTrue();
        assertThat(ApiRequestFilter.readableBody(null, -1, null)).isTrue();
    }

    @Test
    void aBodyOfAnyOtherTypeOrOfNoTypeIsNot() {
        assertThat(ApiRequestFilter.readableBody("application/x-www-form-urlencoded", 20, null))
                .isFalse();
        assertThat(ApiRequestFilter.readableBody("text/plain", 5, null)).isFalse();
        assertThat(ApiRequestFilter.readableBody("multipart/form-data; boundary=x", 50, null))
                .isFalse();
        assertThat(ApiRequestFilter.readableBody("application/jsonx", 5, null)).isFalse();
        assertThat(ApiRequestFilter.readableBody(null, 5, null)).isFalse();
        assertThat(ApiRequestFilter.readableBody(null, -1, "chunked")).isFalse();
    }

    @Test
    void aFormTypeIsRefusedEvenWithAnEmptyBody() {
        assertThat(ApiRequestFilter.readableBody("application/x-www-form-urlencoded", 0, null))
                .isFalse();
    }
}
