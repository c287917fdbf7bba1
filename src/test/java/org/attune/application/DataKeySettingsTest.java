package org.attune.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataKeySettingsTest {

    private static final String OWN_KEY = Base64.getEncoder().encodeToString(new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
        31, 32
    });

    @Test
    void aDevelopmentServerWithoutAKeyStoresWordsInTheClear() {
        DataKeySettings key = DataKeySettings.read(Map.<String, String>of()::get, true);

        assertThat(key.key()).isEmpty();
        assertThat(key.problem()).isEmpty();
    }

    @Test
    void aDevelopmentServerTakesTheDevelopmentKey() {
        DataKeySettings key =
                DataKeySettings.read(Map.of("ATTUNE_DATA_KEY", DataKeySettings.DEVELOPMENT_DATA_KEY)::get, true);

        assertThat(key.key()).isPresent();
        assertThat(key.keyId()).isEqualTo("1");
        assertThat(key.problem()).isEmpty();
    }

    @Test
    void outsideDevelopmentTheKeyIsRequiredAndNotTheDevelopmentOne() {
        assertThat(DataKeySettings.read(Map.<String, String>of()::get, false).problem())
                .hasValueSatisfying(p -> assertThat(p).startsWith("Set ATTUNE_DATA_KEY"));
        assertThat(DataKeySettings.read(Map.of("ATTUNE_DATA_KEY", DataKeySettings.DEVELOPMENT_DATA_KEY)::get, false)
                        .problem())
                .hasValueSatisfying(p -> assertThat(p)
                        .contains("still the development value")
                        .doesNotContain(DataKeySettings.DEVELOPMENT_DATA_KEY));
    }

    @Test
    void aKeyThatIsNotThirtyTwoBytesInBase64IsRefusedInAnyProfileWithoutRepeatingIt() {
        for (String bad : new String[] {"not base64!", "c2hvcnQ=", OWN_KEY + "AAAA"}) {
            for (boolean development : new boolean[] {true, false}) {
                DataKeySettings key = DataKeySettings.read(Map.of("ATTUNE_DATA_KEY", bad)::get, development);
                assertThat(key.key()).isEmpty();
                assertThat(key.problem())
                        .hasValueSatisfying(
                                p -> assertThat(p).contains("not 32 bytes").doesNotContain(bad));
            }
        }
    }

    @Test
    void theKeyIdNamesTheOperatorsKeyForALaterRotation() {
        DataKeySettings key =
                DataKeySettings.read(Map.of("ATTUNE_DATA_KEY", OWN_KEY, "ATTUNE_DATA_KEY_ID", "2027-01")::get, false);

        assertThat(key.problem()).isEmpty();
        assertThat(key.keyId()).isEqualTo("2027-01");
        assertThat(DataKeySettings.read(Map.of("ATTUNE_DATA_KEY", OWN_KEY, "ATTUNE_DATA_KEY_ID", "a b")::get, false)
                        .problem())
                .isPresent();
    }
}
