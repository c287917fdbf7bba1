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

/**
 * On a real PostgreSQL (its own binaries, listening on loopback only), the
 * schema's owner runs every migration; even the owner cannot change or empty
 * the audit log by accident.
 */
class AuditLogPostgresTest {

    private static final String INSERT_AUDIT_ROW =
            "insert into audit_log (at, actor_id, action, detail) values (now(), 'therapist-1', 'TRANSCRIPT_READ', 'x')";

    private static EmbeddedPostgres postgres;
    private static DataSource owner;

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
