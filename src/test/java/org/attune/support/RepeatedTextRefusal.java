package org.attune.support;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Deployed only with tests that need the database itself to refuse a write:
 * {@code ?refuse=true} makes it refuse a text said twice in the same room (a
 * unique index, whose refusal names the values), {@code ?refuse=false} takes
 * that away. A plain GET, so that no filter for cross-site requests stands in
 * the way of this test-only switch.
 */
@WebServlet("/test-only/repeated-text-refusal")
public class RepeatedTextRefusal extends HttpServlet {

    public static final String PATH = "/test-only/repeated-text-refusal";

    @Resource(lookup = "java:jboss/datasources/AttuneDS")
    DataSource database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        run(
                response,
                Boolean.parseBoolean(request.getParameter("refuse"))
                        ? "create unique index if not exists test_only_text_once on room_event (room_id, text)"
                        : "drop index if exists test_only_text_once");
    }

    private void run(HttpServletResponse response, String sql) throws IOException {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
            response.setStatus(204);
        } catch (SQLException e) {
            response.sendError(500, e.getSQLState());
        }
    }
}
