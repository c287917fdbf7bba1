package org.attune.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.TestRoom.say;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.support.DemoUsers;
import org.attune.support.Directories;
import org.attune.support.LiveClient;
import org.attune.support.PostgresServer;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.attune.support.WildFlyServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The backup routine of {@code docs/operations.md}, proved end to end: a
 * PostgreSQL that archives its WAL, a base backup taken while Attune works on
 * it, more messages after the backup, and a point-in-time restore (the base
 * backup plus the archived WAL) into a fresh data directory, on which a new
 * Attune carries every room on: every message acknowledged before the last
 * archived WAL is there, at its seq, and the next message gets exactly the
 * next seq.
 *
 * <p>The embedded PostgreSQL has no {@code pg_basebackup}, so the test takes
 * the base backup as {@code pg_basebackup} does, with the server's low-level
 * backup API: {@code pg_backup_start}, a copy of the data directory,
 * {@code pg_backup_stop} in the same session, and the {@code backup_label} it
 * returns written into the copy.
 */
class BackupRestoreIT {

    private static final int PRIMARY_PORT = 18434;
    private static final int RESTORED_PORT = 18435;
    private static final int PORT_OFFSET = 600;
    private static final String DATABASE = PostgresServer.DATABASE;

    /**
     * What {@code pg_basebackup} leaves out of a copy: the server's own
     * runtime files, the WAL (recovery takes it from the archive), and the
     * embedded server's lock file.
     */
    private static final Set<String> SKIPPED_FILES =
            Set.of("postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map", "epg-lock");

    private static final Set<String> EMPTIED_DIRECTORIES = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_stat_tmp",
            "pg_subtrans");

    private final List<AutoCloseable> running = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    @Test
    void aRestoreFromTheBaseBackupAndTheArchivedWalCarriesEveryRoomOn() throws Exception {
        assumeTrue(TestStack.onPostgres(), "backup and restore are PostgreSQL's");
        Path work = TestStack.work().resolve("backup-restore").toAbsolutePath();
        Directories.deleteTree(work);
        Path archive = Files.createDirectories(work.resolve("wal-archive"));
        Path baseBackup = work.resolve("base-backup");

        PostgresServer primary = new PostgresServer(work.resolve("primary"), PRIMARY_PORT)
                .withSettings(Map.of(
                        "wal_level", "replica",
                        "archive_mode", "on",
                        "archive_command", "test ! -f \"" + archive + "/%f\" && cp \"%p\" \"" + archive + "/%f\""));
        running.add(primary);
        primary.start();
        TestStack.keycloak();
        WildFlyServer server = attuneOn(primary, work.resolve("server"));

        TestRoom couple = TestRoom.inSession(server.baseUrl());
        TestRoom other = TestRoom.inSession(server.baseUrl());
        Map<String, Map<String, Long>> acked = new LinkedHashMap<>();
        acked.put(couple.id(), new LinkedHashMap<>());
        acked.put(other.id(), new LinkedHashMap<>());
        talk(server, couple, DemoUsers.ALEX, "before-", 10, acked);
        talk(server, other, DemoUsers.SAM, "before-", 10, acked);

        takeBaseBackup(primary, baseBackup);

        talk(server, couple, DemoUsers.SAM, "after-", 10, acked);
        talk(server, other, DemoUsers.ALEX, "after-", 10, acked);
        String lastSegment = switchWal(primary);
        Awaitility.await("the last WAL segment is archived")
                .atMost(Duration.ofSeconds(30))
                .until(() -> Files.exists(archive.resolve(lastSegment)));

        // The primary is lost.
        server.close();
        running.remove(server);
        primary.stop();

        Path restoredData = work.resolve("restored");
        copyTree(baseBackup, restoredData, false);
        Files.createFile(restoredData.resolve("recovery.signal"));
        PostgresServer restored = new PostgresServer(restoredData, RESTORED_PORT)
                .withSettings(Map.of("restore_command", "cp \"" + archive + "/%f\" \"%p\""));
        running.add(restored);
        restored.start();
        Awaitility.await("recovery ends")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !inRecovery(restored));

        WildFlyServer again = attuneOn(restored, work.resolve("restored-server"));
        String ws = again.baseUrl().replaceFirst("^http", "ws");
        for (Map.Entry<String, Map<String, Long>> room : acked.entrySet()) {
            List<JsonObject> log = TestRoom.wholeLog(ws, room.getKey());
            List<Long> seqs =
                    log.stream().map(e -> e.getJsonNumber("seq").longValue()).toList();
            for (int i = 0; i < seqs.size(); i++) {
                assertThat(seqs.get(i)).as("the restored log has no gap").isEqualTo(i + 1L);
            }
            room.getValue().forEach((text, seq) -> {
                assertThat(seq).as("%s is restored", text).isLessThanOrEqualTo(seqs.size());
                JsonObject event = log.get((int) (seq - 1));
                assertThat(event.getString("kind")).isEqualTo("message");
                assertThat(event.getString("text"))
                        .as("seq %d holds %s", seq, text)
                        .isEqualTo(text);
            });
            try (LiveClient alex = LiveClient.connect(ws, room.getKey(), TestRoom.token(DemoUsers.ALEX), null)) {
                assertThat(alex.next("welcome").getJsonNumber("lastSeq").longValue())
                        .as("the room resumes where the restored log ends")
                        .isEqualTo(seqs.size());
                alex.send(say("restored-1", "After the restore"));
                assertThat(alex.next(LiveClient.ack("restored-1"))
                                .getJsonNumber("seq")
                                .longValue())
                        .as("the next message takes the next seq")
                        .isEqualTo(seqs.size() + 1L);
            }
        }
    }

    private WildFlyServer attuneOn(PostgresServer postgres, Path base) {
        WildFlyServer server = new WildFlyServer(
                Path.of(System.getProperty("jboss.home")),
                base,
                Path.of(System.getProperty("attune.war")),
                PORT_OFFSET,
                postgres.environment(DATABASE));
        running.add(server);
        server.start().awaitDeployed(Duration.ofMinutes(3));
        return server;
    }

    /** The member says {@code count} messages in the room; each ack's seq is kept by the message's text. */
    private static void talk(
            WildFlyServer server,
            TestRoom room,
            String username,
            String prefix,
            int count,
            Map<String, Map<String, Long>> acked) {
        String ws = server.baseUrl().replaceFirst("^http", "ws");
        try (LiveClient member = LiveClient.connect(ws, room.id(), TestRoom.token(username), null)) {
            member.next("welcome");
            for (int i = 0; i < count; i++) {
                String id = prefix + username + "-" + i;
                String text = "Room " + room.id() + ": " + username + " says " + prefix + i;
                member.send(say(id, text));
                long seq = member.next(LiveClient.ack(id)).getJsonNumber("seq").longValue();
                acked.get(room.id()).put(text, seq);
            }
        }
    }

    /**
     * A base backup as {@code pg_basebackup} takes one: {@code pg_backup_start},
     * a copy of the data directory while the server works on, then
     * {@code pg_backup_stop} in the same session, which waits until the WAL the
     * backup needs is archived and returns the {@code backup_label} (and
     * tablespace map) that belong into the copy.
     */
    private static void takeBaseBackup(PostgresServer primary, Path target) throws SQLException, IOException {
        try (Connection c = primary.superuser("postgres");
                Statement s = c.createStatement()) {
            s.execute("select pg_backup_start('attune base backup', true)");
            copyTree(primary.dataDirectory(), target, true);
            try (ResultSet stop = s.executeQuery("select labelfile, spcmapfile from pg_backup_stop(true)")) {
                assertThat(stop.next()).isTrue();
                Files.writeString(target.resolve("backup_label"), stop.getString(1));
                String tablespaces = stop.getString(2);
                if (tablespaces != null && !tablespaces.isBlank()) {
                    Files.writeString(target.resolve("tablespace_map"), tablespaces);
                }
            }
        }
    }

    /** Closes the current WAL segment, so that it is archived; returns its file name. */
    private static String switchWal(PostgresServer primary) throws SQLException {
        try (Connection c = primary.superuser("postgres");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select pg_walfile_name(pg_switch_wal())")) {
            assertThat(r.next()).isTrue();
            return r.getString(1);
        }
    }

    private static boolean inRecovery(PostgresServer postgres) throws SQLException {
        try (Connection c = postgres.superuser("postgres");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select pg_is_in_recovery()")) {
            return r.next() && r.getBoolean(1);
        }
    }

    /**
     * Copies a data directory, keeping owner-only permissions (PostgreSQL
     * refuses a data directory others may read). For a base backup, files that
     * vanish while it is copied are skipped, and what {@code pg_basebackup}
     * leaves out is left out.
     */
    private static void copyTree(Path source, Path target, boolean asBaseBackup) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path copy = target.resolve(source.relativize(dir).toString());
                Files.createDirectories(copy);
                Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwx------"));
                if (asBaseBackup && dir.getFileName().toString().startsWith("pgsql_tmp")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (asBaseBackup && !dir.equals(source) && emptied(source.relativize(dir))) {
                    if (dir.getFileName().toString().equals("pg_wal")) {
                        Files.createDirectories(copy.resolve("archive_status"));
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (asBaseBackup
                        && SKIPPED_FILES.contains(name)
                        && file.getParent().equals(source)) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(
                            file,
                            target.resolve(source.relativize(file).toString()),
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (NoSuchFileException gone) {
                    if (!asBaseBackup) {
                        throw gone;
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (asBaseBackup && e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw new UncheckedIOException(e);
            }
        });
    }

    private static boolean emptied(Path relative) {
        return relative.getNameCount() == 1 && EMPTIED_DIRECTORIES.contains(relative.toString());
    }
}
