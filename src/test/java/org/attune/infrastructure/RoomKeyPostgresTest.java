package org.attune.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.attune.application.DataKeySettings;
import org.attune.application.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a real PostgreSQL, migrated by the schema's owner: the application's
 * login keeps the rooms' keys (adds, reads and deletes them), and a server
 * given another operator's key, or another key id, than the one the stored
 * room keys were wrapped by is refused at startup, saying which variable.
 */
class RoomKeyPostgresTest {

    private static final byte[] OPERATOR = new byte[32];
    private static final String ROOM = "4a1d7c8e-0000-4000-8000-000000000007";

    private static EmbeddedPostgres postgres;
    private static DataSource application;

    @BeforeAll
    static void migrateAndStoreARoomKey() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "localhost")
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create role attune_owner login password 'owner-secret'");
            s.execute("create role attune_app login password 'app-secret'");
            s.execute("create database attune owner attune_owner");
        }
        DatabaseMigrations.flyway(postgres.getDatabase("attune_owner", "attune"), true, "attune_app")
                .migrate();
        application = postgres.getDatabase("attune_app", "attune");
        OPERATOR[0] = 42;
        SecretKey operator = new SecretKeySpec(OPERATOR, "AES");
        try (Connection c = application.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("insert into room (id, name, kind, mode, created_by, created_at)" + " values ('" + ROOM
                        + "', 'Keys', 'COUPLE', 'MODERATED', 't-1', now())");
            }
            try (PreparedStatement p = c.prepareStatement(
                    "insert into room_key (room_id, key_id, wrapped_key, created_at) values (?, '1', ?, now())")) {
                p.setString(1, ROOM);
                p.setBytes(2, AtRestCipher.wrap(operator, "1", ROOM, AtRestCipher.newDataKey()));
                p.executeUpdate();
            }
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theKeyTheRoomKeysWereWrappedByStartsTheServer() {
        assertThatCode(() -> OperatorKeyCheck.verify(application, dataKey(OPERATOR, "1")))
                .doesNotThrowAnyException();
    }

    @Test
    void anotherOperatorsKeyIsRefusedAtStartupWithoutShowingIt() {
        byte[] other = new byte[32];
        assertThatThrownBy(() -> OperatorKeyCheck.verify(application, dataKey(other, "1")))
                .hasMessageContaining("Attune will not start: ATTUNE_DATA_KEY does not open the rooms' keys")
                .hasMessageNotContaining(Base64.getEncoder().encodeToString(other));
    }

    @Test
    void anotherKeyIdIsRefusedAtStartup() {
        assertThatThrownBy(() -> OperatorKeyCheck.verify(application, dataKey(OPERATOR, "2")))
                .hasMessageContaining("wrapped by the operator's key 1, and ATTUNE_DATA_KEY_ID is 2");
    }

    @Test
    void aDevelopmentServerWithoutAKeyStillStarts() {
        Settings development = Settings.from(Map.of("attune.profile", "development"));
        assertThatCode(() -> OperatorKeyCheck.verify(application, development.dataKey()))
                .doesNotThrowAnyException();
    }

    @Test
    void theApplicationDeletesARoomsKey() throws SQLException {
        String room = "4a1d7c8e-0000-4000-8000-000000000008";
        try (Connection c = application.getConnection();
                Statement s = c.createStatement()) {
            s.execute("insert into room (id, name, kind, mode, created_by, created_at)" + " values ('" + room
                    + "', 'Gone', 'COUPLE', 'MODERATED', 't-1', now())");
            s.execute("insert into room_key (room_id, key_id, wrapped_key, created_at)" + " values ('" + room
                    + "', '1', '\\x00', now())");
            assertThat(s.executeUpdate("delete from room_key where room_id = '" + room + "'"))
                    .isEqualTo(1);
            s.execute("delete from room where id = '" + room + "'");
        }
    }

    private static DataKeySettings dataKey(byte[] key, String id) {
        Map<String, String> values = new HashMap<>();
        values.put("ATTUNE_DATA_KEY", Base64.getEncoder().encodeToString(key));
        values.put("ATTUNE_DATA_KEY_ID", id);
        values.put("attune.profile", "development");
        return Settings.from(values).dataKey();
    }
}
