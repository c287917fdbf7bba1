package org.attune.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.attune.application.Settings;
import org.attune.interfaces.JsonFactories;

/**
 * Where "Leave quickly" goes: the practice's neutral site, as
 * {@code {"address": …}}. Public, like the pages themselves, so that the
 * button leads to the practice's choice before anyone signs in too; the page
 * falls back on its own default while this has not answered, so the exit
 * never waits for the server.
 */
@WebServlet("/quick-exit")
public class QuickExitServlet extends HttpServlet {

    @Inject
    Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(JsonFactories.object()
                        .add("address", settings.quickExitAddress())
                        .build()
                        .toString());
    }
}
