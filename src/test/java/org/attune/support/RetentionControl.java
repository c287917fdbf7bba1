package org.attune.support;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.attune.application.RetentionService;

/**
 * Deployed only with the retention tests: the clock they control. {@code ?sweepAt=}
 * an instant runs the retention job as of that moment and answers its counts;
 * {@code ?rowsNaming=} an account id answers how many rows of the rooms' tables
 * still name it, {@code ?rowsOfRoom=} a room id how many rows it still has;
 * {@code ?backdate=} a room id {@code &days=} n moves everything in it n days back. A plain GET, so that no filter for cross-site requests stands
 * in the way of this test-only switch.
 */
@WebServlet("/test-only/retention")
public class RetentionControl extends HttpServlet {

    public static final String PATH = "/test-only/retention";

    private static final String[] NAMING = {
        "select count(*) from room_event where actor_id = ? or target_id = ?",
        "select count(*) from room_member where user_id = ? or user_id = ?",
        "select count(*) from invitation where accepted_by = ? or created_by = ?",
        "select count(*) from erasure_request where user_id = ? and completed_at is null and user_id = ?"
    };

    private static final String[] OF_ROOM = {
        "select count(*) from room where id = ? or id = ?",
        "select count(*) from room_event where room_id = ? or room_id = ?",
        "select count(*) from room_member where room_id = ? or room_id = ?",
        "select count(*) from invitation where room_id = ? or room_id = ?"
    };

    @Inject
    RetentionService retention;

    @Resource(lookup = "java:jboss/datasources/AttuneOwnerDS")
    DataSource database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        String at = request.getParameter("sweepAt");
        if (at != null) {
            RetentionService.Sweep sweep = retention.sweep(Instant.parse(at));
            response.getWriter()
                    .write("{\"roomsPurged\":" + sweep.roomsPurged() + ",\"partsErased\":" + sweep.partsErased()
                            + ",\"requestsCompleted\":" + sweep.requestsCompleted() + "}");
            return;
        }
        String older = request.getParameter("backdate");
        if (older != null) {
            backdate(older, Integer.parseInt(request.getParameter("days")));
            response.getWriter().write("{}");
            return;
        }
        String room = request.getParameter("rowsOfRoom");
        String id = room != null ? room : request.getParameter("rowsNaming");
        long rows = 0;
        try (Connection c = database.getConnection()) {
            for (String sql : room != null ? OF_ROOM : NAMING) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, id);
                    s.setString(2, id);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        rows += r.getLong(1);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.getWriter().write("{\"rows\":" + rows + "}");
    }

    /** Everything that happened in the room happened that many days ago: a room left quiet for long. */
    private void backdate(String roomId, int days) throws IOException {
        OffsetDateTime then = OffsetDateTime.now(ZoneOffset.UTC).minusDays(days);
        try (Connection c = database.getConnection()) {
            for (String sql : new String[] {
                "update room_event set occurred_at = ? where room_id = ?", "update room set created_at = ? where id = ?"
            }) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setObject(1, then);
                    s.setString(2, roomId);
                    s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
