package org.attune.support;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import javax.sql.DataSource;

/**
 * Deployed only with tests that look at what the database itself holds for a
 * room ({@code ?room=…}): each event row's kind and stored columns, the
 * sealed ones in base64, and the number of the room's key rows. Read with the
 * application's own login, as a copy of the database would show them.
 */
@WebServlet(StoredRoomRows.PATH)
public class StoredRoomRows extends HttpServlet {

    public static final String PATH = "/test-only/stored-room-rows";

    @Resource(lookup = "java:jboss/datasources/AttuneDS")
    DataSource database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String room = request.getParameter("room");
        try (Connection c = database.getConnection()) {
            JsonArrayBuilder events = Json.createArrayBuilder();
            try (PreparedStatement s = c.prepareStatement(
                    "select seq, kind, text, detail, amount, sealed from room_event where room_id = ? order by seq")) {
                s.setString(1, room);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        events.add(row(r));
                    }
                }
            }
            int keys;
            try (PreparedStatement s = c.prepareStatement("select count(*) from room_key where room_id = ?")) {
                s.setString(1, room);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    keys = r.getInt(1);
                }
            }
            response.setContentType("application/json");
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("events", events)
                            .add("keys", keys)
                            .build()
                            .toString());
        } catch (SQLException e) {
            response.sendError(500, e.getSQLState());
        }
    }

    private static JsonObjectBuilder row(ResultSet r) throws SQLException {
        JsonObjectBuilder row =
                Json.createObjectBuilder().add("seq", r.getLong("seq")).add("kind", r.getString("kind"));
        for (String column : new String[] {"text", "detail", "amount"}) {
            String value = r.getString(column);
            if (value != null) {
                row.add(column, value);
            }
        }
        byte[] sealed = r.getBytes("sealed");
        if (sealed != null) {
            row.add("sealed", Base64.getEncoder().encodeToString(sealed));
        }
        return row;
    }
}
