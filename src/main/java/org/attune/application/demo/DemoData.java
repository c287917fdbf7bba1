package org.attune.application.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.attune.application.RoomService;
import org.attune.application.Settings;
import org.attune.application.Transactions;
import org.attune.application.live.RoomEngine;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.RoomRole;
import org.attune.domain.room.Invitation;
import org.attune.domain.room.Member;
import org.attune.domain.room.Room;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomMode;
import org.attune.domain.room.RoomRepository;
import org.attune.security.Caller;
import org.jboss.logging.Logger;

/**
 * Seeds the development data: when Attune starts in development
 * ({@code ATTUNE_PROFILE=development}) with demo data asked for
 * ({@code ATTUNE_DEMO_DATA=true}, which the development command sets and the
 * tests do not) and the database holds no room yet, the demo therapist's rooms
 * of {@link DemoRooms} are opened, so that every demo login lands in a room
 * with a conversation under way.
 *
 * <p>Everything goes through the application as people would do it: Maya
 * opens each room and invites each member, who accepts the invitation as the
 * Keycloak user of the development realm ({@link DemoPerson}, by the subject id
 * the realm file fixes); then every move is decided by the room's state on its
 * shard and committed by the room engine, so the events, their sequence, their
 * sealing at rest and the audit log are exactly what the same moves made live
 * would leave. The one liberty taken: a break's minutes pass at once.
 *
 * <p>A database with any room is left alone, so a restart seeds nothing again.
 * Outside development nothing is seeded, whatever is asked.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Settings settings;

    @Inject
    RoomService roomService;

    @Inject
    RoomEngine engine;

    @Inject
    RoomRepository rooms;

    @Inject
    Transactions tx;

    /** After everything else has started: the database is migrated, the engine runs. */
    void seedOnStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 900) Startup startup) {
        if (!settings.demoData()) {
            return;
        }
        try {
            List<Room> seeded = seedIfEmpty();
            if (seeded.isEmpty()) {
                LOG.info("The database already holds rooms: no demo data added");
            } else {
                LOG.infof(
                        "Added the demo rooms: %s",
                        String.join(", ", seeded.stream().map(Room::name).toList()));
            }
        } catch (RuntimeException e) {
            // Demo data is a convenience: Attune runs without it, and the log says why it is missing.
            LOG.error("The demo rooms could not be added", e);
        }
    }

    /**
     * Opens the demo rooms, if this is a development server asked for demo data
     * and the database holds no room yet.
     *
     * @return the rooms opened; none outside development or in a database with rooms
     */
    public List<Room> seedIfEmpty() {
        if (!settings.development() || !settings.demoData()) {
            return List.of();
        }
        if (tx.inNewTransaction(rooms::anyRoom)) {
            return List.of();
        }
        List<Room> opened = new ArrayList<>();
        for (DemoRooms.Script script : DemoRooms.all()) {
            opened.add(seed(script));
        }
        return opened;
    }

    private Room seed(DemoRooms.Script script) {
        Caller maya = DemoPerson.THERAPIST.caller();
        Room room = roomService.openRoom(maya, script.name(), script.kind(), RoomMode.MODERATED);
        for (DemoPerson person : script.participants()) {
            Invitation invitation = roomService.invite(maya, room.id(), RoomRole.PARTICIPANT, Duration.ofHours(1));
            Member member = roomService.accept(person.caller(), invitation.code());
            if (member.status() == MemberStatus.WAITING) {
                play(room.id(), new DemoRooms.Act(DemoPerson.THERAPIST, new RoomCommand.Admit(person.id())));
            }
        }
        for (DemoRooms.Move move : script.moves()) {
            play(room.id(), move);
        }
        return room;
    }

    /** One move, decided on the room's shard against its live state and committed with its events. */
    private void play(String roomId, DemoRooms.Move move) {
        await(engine.change(roomId, (state, now) -> {
            DemoRooms.Command command = DemoRooms.command(move, state, now);
            return RoomEngine.Step.of(command.actorId(), command.command(), null);
        }));
    }

    private static void await(CompletableFuture<?> future) {
        try {
            future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A demo room could not be set up", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("A demo room took too long to set up", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
