package org.attune.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On a real PostgreSQL (its own binaries, listening on loopback only), with
 * the two roles the README asks a DBA for: the schema owner runs every
 * migration, and the application's login may add to the audit log and read
 * it, but not change it, empty it or take its protections away. Even the
 * owner cannot empty it by accident.
 */
class AuditLogPostgresTest {

    private static final String INSERT_AUDIT_ROW =
            "insert into audit_log (at, actor_id, action, detail) values (now(), 'therapist-1', 'TRANSCRIPT_READ', 'x')";

    private static EmbeddedPostgres postgres;
    private static DataSource owner;
    private static DataSource application;

    @BeforeAll
    static void migrateAsTheOwner() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "localhost")
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create role attune_owner login password 'owner-secret'");
            s.execute("create role attune_app login password 'app-secret'");
            s.execute("create database attune owner attune_owner");
        }
        owner = postgres.getDatabase("attune_owner", "attune");
        application = postgres.getDatabase("attune_app", "attune");
        DatabaseMigrations.flyway(owner, true, "attune_app").migrate();
        execute(owner, INSERT_AUDIT_ROW);
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theOwnerCannotEmptyTheAuditLog() throws SQLException {
        assertThatThrownBy(() -> execute(owner, "truncate audit_log"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("audit_log is append-only");
        assertThatThrownBy(() -> execute(owner, "truncate audit_log cascade"))
                .hasMessageContaining("audit_log is append-only");
        assertThatThrownBy(() -> execute(owner, "delete from audit_log"))
                .hasMessageContaining("audit_log is append-only");
        assertThatThrownBy(() -> execute(owner, "update audit_log set detail = 'changed'"))
                .hasMessageContaining("audit_log is append-only");
        assertThat(count(owner, "select count(*) from audit_log")).isPositive();
    }

    @Test
    void theApplicationAddsToTheAuditLogAndReadsIt() throws SQLException {
        long before = count(application, "select count(*) from audit_log");
        execute(application, INSERT_AUDIT_ROW);
        assertThat(count(application, "select count(*) from audit_log")).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "update audit_log set detail = 'changed'",
                "delete from audit_log",
                "truncate audit_log",
                "drop trigger audit_log_no_update on audit_log",
                "drop trigger audit_log_no_truncate on audit_log",
                "alter table audit_log disable trigger all",
                "alter table audit_log add column note varchar(10)",
                "drop table audit_log",
                "drop function audit_log_append_only() cascade",
                "set session_replication_role = replica",
                "alter table audit_log owner to attune_app",
                "create or replace function audit_log_append_only() returns trigger"
                        + " as $$ begin return new; end; $$ language plpgsql"
            })
    void theApplicationCannotChangeEmptyOrUnprotectTheAuditLog(String statement) throws SQLException {
        long before = count(owner, "select count(*) from audit_log");
        assertThatThrownBy(() -> execute(application, statement))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState())
                        .as("insufficient privilege or not the owner")
                        .isEqualTo("42501"));
        assertThat(count(owner, "select count(*) from audit_log")).isEqualTo(before);
    }

    @Test
    void theApplicationDoesItsWorkOnTheOtherTables() throws SQLException {
        execute(
                application,
                "insert into room (id, name, kind, mode, created_by, created_at)"
                        + " values ('r-1', 'Room', 'COUPLE', 'MODERATED', 't-1', now())");
        execute(application, "update room set name = 'Renamed' where id = 'r-1'");
        execute(application, "select id from room where id = 'r-1' for update");
        execute(
                application,
                "insert into room_member (room_id, user_id, display_name, role, joined_at)"
                        + " values ('r-1', 'p-1', 'Pat', 'PARTICIPANT', now())");
        execute(
                application,
                "insert into invitation (code, room_id, role, created_by, created_at, expires_at)"
                        + " values ('c-1', 'r-1', 'PARTICIPANT', 't-1', now(), now())");
        execute(application, "select code from invitation where code = 'c-1' for update");
        execute(
                application,
                "insert into room_event (room_id, seq, kind, audience, actor_id, actor_name, occurred_at)"
                        + " values ('r-1', 1, 'MESSAGE', 'EVERYONE', 'p-1', 'Pat', now())");
        execute(application, "delete from invitation where room_id = 'r-1'");
        execute(application, "delete from room_event where room_id = 'r-1'");
        execute(application, "delete from room_member where room_id = 'r-1'");
        execute(application, "delete from room where id = 'r-1'");
        assertThat(count(application, "select count(*) from room")).isZero();
    }

    @Test
    void theStartupWarningKnowsWhoOwnsTheAuditLog() {
        assertThat(DatabaseMigrations.ownsTheAuditLog(owner)).isTrue();
        assertThat(DatabaseMigrations.ownsTheAuditLog(application)).isFalse();
    }

    @Test
    void theApplicationCanStartWithoutTheOwnersCredentialsOnceTheSchemaIsUpToDate() {
        assertThat(DatabaseMigrations.flyway(application, true, "attune_app").migrate().migrationsExecuted)
                .isZero();
    }

    private static void execute(DataSource as, String sql) throws SQLException {
        try (Connection c = as.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(DataSource as, String sql) throws SQLException {
        try (Connection c = as.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
