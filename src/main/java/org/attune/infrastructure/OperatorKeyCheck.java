package org.attune.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.attune.application.DataKeySettings;
import org.jboss.logging.Logger;

/**
 * Checks at startup that the operator's key opens the rooms' keys already
 * stored, by unwrapping the newest one: a server given another key (or
 * another key id) than the one its database was sealed with would otherwise
 * start, and fail every room with words. Such a start is refused with a
 * sentence that names the variables, never their values.
 */
final class OperatorKeyCheck {

    private static final Logger LOG = Logger.getLogger(OperatorKeyCheck.class);

    private OperatorKeyCheck() {}

    static void verify(DataSource dataSource, DataKeySettings dataKey) {
        Optional<String> problem;
        try (Connection c = dataSource.getConnection()) {
            problem = problem(c, dataKey);
        } catch (SQLException e) {
            throw new IllegalStateException("The rooms' keys cannot be read (SQL state " + e.getSQLState() + ")");
        }
        problem.ifPresent(p -> {
            throw new IllegalStateException("Attune will not start: " + p);
        });
    }

    private static Optional<String> problem(Connection c, DataKeySettings dataKey) throws SQLException {
        Optional<SecretKey> operator = dataKey.key();
        try (PreparedStatement s = c.prepareStatement("select room_id, key_id, wrapped_key from room_key"
                + " order by case when key_id = ? then 0 else 1 end, created_at desc fetch first 1 rows only")) {
            s.setString(1, dataKey.keyId());
            try (ResultSet newest = s.executeQuery()) {
                if (!newest.next()) {
                    return Optional.empty();
                }
                if (operator.isEmpty()) {
                    LOG.warn("Rooms' words are stored sealed, and no ATTUNE_DATA_KEY was given: they cannot be read;"
                            + " new words are stored in the clear");
                    return Optional.empty();
                }
                if (!newest.getString("key_id").equals(dataKey.keyId())) {
                    return Optional.of("the rooms' keys are wrapped by the operator's key " + newest.getString("key_id")
                            + ", and ATTUNE_DATA_KEY_ID is " + dataKey.keyId()
                            + ": give the key they were wrapped by, under its id.");
                }
                try {
                    AtRestCipher.unwrap(
                            operator.get(),
                            dataKey.keyId(),
                            newest.getString("room_id"),
                            newest.getBytes("wrapped_key"));
                    return Optional.empty();
                } catch (AtRestCipher.NotOpened e) {
                    return Optional.of("ATTUNE_DATA_KEY does not open the rooms' keys wrapped under ATTUNE_DATA_KEY_ID "
                            + dataKey.keyId() + ": give the key this database was sealed with.");
                }
            }
        }
    }
}
