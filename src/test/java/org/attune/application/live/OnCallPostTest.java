package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.attune.application.Transactions;
import org.attune.security.AuditAction;
import org.attune.security.AuditEntry;
import org.attune.security.AuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The on-call mail is tried again while the mail server fails, for as long as it matters, and each try is audited. */
class OnCallPostTest {

    private static final Instant T0 = Instant.parse("2026-12-02T18:00:00Z");

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<AuditEntry> audited = new ArrayList<>();
    private final List<String> sent = new ArrayList<>();
    private int failuresLeft;
    private Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

    private final Transactions tx = new Transactions() {
        @Override
        public <T> T inNewTransaction(java.util.function.Supplier<T> work) {
            return work.get();
        }
    };
    private final AuditTrail audit = new AuditTrail() {
        @Override
        public void record(AuditEntry entry) {
            audited.add(entry);
        }

        @Override
        public List<AuditEntry> ofRoom(String roomId) {
            return audited;
        }

        @Override
        public List<AuditEntry> ofAction(AuditAction action, Instant since, int limit) {
            return List.of();
        }

        @Override
        public List<AuditEntry> concerning(String userId) {
            return List.of();
        }
    };

    private OnCallPost post() {
        return new OnCallPost(
                (to, subject, body) -> {
                    if (failuresLeft > 0) {
                        failuresLeft--;
                        throw new jakarta.mail.MessagingException("421 try again later");
                    }
                    sent.add(to);
                },
                scheduler,
                clock,
                audit,
                tx);
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void aMailThatFailsIsTriedAgainUntilItGoesThroughAndEachTryIsAudited() {
        failuresLeft = 2;
        OnCallPost post = post();

        post.post(letter(T0.plus(Duration.ofMinutes(10))));
        scheduler.runAll();

        assertThat(sent).containsExactly("first@oncall.practice.test");
        assertThat(scheduler.delays).containsExactly(Duration.ZERO, Duration.ofSeconds(15), Duration.ofSeconds(30));
        assertThat(audited)
                .extracting(AuditEntry::action)
                .containsExactly(
                        AuditAction.ONCALL_MAIL_FAILED, AuditAction.ONCALL_MAIL_FAILED, AuditAction.ONCALL_MAIL_SENT);
        assertThat(audited.get(0).detail().orElseThrow())
                .contains("try 1")
                .contains("tried again at 2026-12-02T18:00:15Z");
        assertThat(audited.get(2).detail().orElseThrow()).contains("alert 7").contains("try 3");
        assertThat(audited)
                .allSatisfy(a -> assertThat(a.detail().orElseThrow()).doesNotContain("first@oncall.practice.test"))
                .allSatisfy(a -> assertThat(a.roomId()).contains("room-1"));
    }

    @Test
    void aSettledMatterIsNotTriedAgain() {
        failuresLeft = 5;
        OnCallPost post = post();

        post.post(letter(T0.plus(Duration.ofMinutes(10))));
        scheduler.runNext();
        post.settled("room-1#alert-7");
        scheduler.runAll();

        assertThat(sent).isEmpty();
        assertThat(audited).extracting(AuditEntry::action).containsExactly(AuditAction.ONCALL_MAIL_FAILED);
        assertThat(failuresLeft)
                .as("only the first try reached the mail server")
                .isEqualTo(4);
    }

    @Test
    void aMailWhoseTimeIsUpIsNotTriedAgain() {
        failuresLeft = 1;
        OnCallPost post = post();

        post.post(letter(T0.plus(Duration.ofSeconds(10))));
        scheduler.runAll();

        assertThat(sent).isEmpty();
        assertThat(audited).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.ONCALL_MAIL_FAILED);
            assertThat(a.detail().orElseThrow()).contains("not tried again");
        });
    }

    @Test
    void theTriesSpreadOutAndThenComeEveryFiveMinutes() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 20).stream().map(OnCallPost::againAfter))
                .containsExactly(
                        Duration.ofSeconds(15),
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(4),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(5));
    }

    private static OnCallPost.Letter letter(Instant until) {
        return new OnCallPost.Letter(
                "room-1#alert-7",
                "room-1",
                "The mail of safety alert 7 to on-call contact 1 of 2",
                "first@oncall.practice.test",
                "subject",
                "body",
                until);
    }
}
