package org.attune.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SmtpLoginTest {

    @Test
    void bothGivenMakeALogin() {
        Map<String, String> env = Map.of("ATTUNE_SMTP_USER", "oncall@practice.test", "ATTUNE_SMTP_PASSWORD", "s3cret");

        assertThat(SmtpLogin.read(env::get)).contains(new SmtpLogin("oncall@practice.test", "s3cret"));
        assertThat(SmtpLogin.problem(env::get)).isEmpty();
    }

    @Test
    void neitherGivenSendsWithoutALogin() {
        Map<String, String> env = Map.of("ATTUNE_SMTP_USER", "  ");

        assertThat(SmtpLogin.read(env::get)).isEmpty();
        assertThat(SmtpLogin.problem(env::get)).isEmpty();
    }

    @Test
    void oneWithoutTheOtherIsAProblemThatNamesWhatIsMissing() {
        Map<String, String> userOnly = Map.of("ATTUNE_SMTP_USER", "oncall@practice.test");
        Map<String, String> passwordOnly = Map.of("ATTUNE_SMTP_PASSWORD", "s3cret");

        assertThat(SmtpLogin.read(userOnly::get)).isEmpty();
        assertThat(SmtpLogin.problem(userOnly::get))
                .hasValueSatisfying(
                        p -> assertThat(p).contains("ATTUNE_SMTP_PASSWORD").contains("only ATTUNE_SMTP_USER"));
        assertThat(SmtpLogin.problem(passwordOnly::get))
                .hasValueSatisfying(
                        p -> assertThat(p).contains("only ATTUNE_SMTP_PASSWORD").doesNotContain("s3cret"));
    }

    @Test
    void aHalfGivenLoginRefusesToStartTheServerInEveryProfile() {
        Settings settings =
                Settings.from(Map.of("attune.profile", "development", "ATTUNE_SMTP_USER", "oncall@practice.test"));

        assertThat(settings.secretProblems()).anySatisfy(p -> assertThat(p).contains("ATTUNE_SMTP_PASSWORD"));
    }

    @Test
    void thePasswordIsNeverPrinted() {
        assertThat(new SmtpLogin("oncall@practice.test", "s3cret").toString())
                .contains("oncall@practice.test")
                .doesNotContain("s3cret");
    }
}
