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
 * {@code ?refuse=true} makes it refuse, in any room, a person's second command
 * whose id starts with {@link #MARKER} (a unique index, whose refusal quotes
 * the values); {@code ?refuse=false} takes that away. Other commands are left
 * alone, whatever the database already holds. The mark is on the command's id
 * because the words themselves reach the database only sealed. A plain GET, so
 * that no filter for cross-site requests stands in the way of this test-only
 * switch.
 */
@WebServlet(MarkedCommandRefusal.PATH)
public class MarkedCommandRefusal extends HttpServlet {

    public static final String PATH = "/test-only/marked-command-refusal";
    public static final String MARKER = "refuse-twice-";

    /** The marked column; PostgreSQL stores a generated column ({@code stored}), H2 computes it. */
    private static final String MARKED_COLUMN = "alter table room_event add column if not exists test_only_marked"
            + " varchar(64) generated always as (case when command_id like '" + MARKER + "%' then actor_id end)";

    private static final String[] REFUSE = {
        MARKED_COLUMN,
        "create unique index if not exists test_only_marked_once on room_event (room_id, test_only_marked)"
    };
    private static final String[] ACCEPT = {
        "drop index if exists test_only_marked_once", "alter table room_event drop column if exists test_only_marked"
    };

    /** The schema's owner: on PostgreSQL the application's login may not alter a table. */
    @Resource(lookup = "java:jboss/datasources/AttuneOwnerDS")
    DataSource database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            boolean postgresql = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            for (String sql : Boolean.parseBoolean(request.getParameter("refuse")) ? REFUSE : ACCEPT) {
                s.execute(postgresql && sql.equals(MARKED_COLUMN) ? sql + " stored" : sql);
            }
            response.setStatus(204);
        } catch (SQLException e) {
            response.sendError(500, e.getSQLState());
        }
    }
}
