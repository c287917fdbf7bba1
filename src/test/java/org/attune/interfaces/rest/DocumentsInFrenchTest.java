package org.attune.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.attune.application.DataExportService.Export;
import org.attune.application.TranscriptService.Participation;
import org.attune.application.TranscriptService.Transcript;
import org.attune.domain.Language;
import org.attune.domain.cycle.CycleEntry;
import org.attune.domain.cycle.CycleInTheRoom;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.RoomRole;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.room.Member;
import org.attune.domain.room.Room;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomFixture;
import org.attune.domain.room.RoomKind;
import org.attune.domain.room.RoomMode;
import org.attune.domain.summary.SessionSummary;
import org.attune.domain.summary.SessionSummary.AlertWait;
import org.attune.domain.summary.SessionSummary.HeatPoint;
import org.attune.domain.summary.SessionSummary.PauseSpan;
import org.attune.domain.summary.SessionSummary.RepairKind;
import org.attune.domain.summary.SessionSummary.Rupture;
import org.attune.domain.summary.SessionSummary.RuptureKind;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.PersonalExport;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.transcript.TalkStats;
import org.attune.interfaces.live.EventFramesUnchangedTest;
import org.attune.security.AuditAction;
import org.attune.security.AuditEntry;
import org.attune.security.Caller;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The transcript, the export and the session's picture, written for a reader
 * of French: the server's sentences in French, with French plurals, elision
 * before a name that starts with a vowel and French typography; people's own
 * words as they wrote them, escaped as in English; and English as before.
 */
class DocumentsInFrenchTest {

    private static final String NBSP = "\u00a0";
    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    private static final Function<String, String> NAMES = Map.of("alex", "Alex <b>Chen</b>", "sam", "Sam Rivera")::get;

    @Test
    void everyKindReadsInFrenchAsRecorded() throws IOException {
        List<String> recorded = Files.readAllLines(Path.of("src/test/resources/golden/transcript-lines.fr.tsv"));
        List<RoomEvent> samples = EventFramesUnchangedTest.samples().stream()
                .filter(e -> e.kind() != EventKind.ORDER_SET)
                .toList();
        assertThat(recorded).hasSameSizeAs(samples);
        for (int i = 0; i < samples.size(); i++) {
            RoomEvent e = samples.get(i);
            assertThat(e.kind().wireName() + "\t" + EventLines.line(e, null, DocumentWords.FRENCH))
                    .isEqualTo(recorded.get(i));
        }
    }

    private static Transcript transcript() {
        Room room = Room.open("Nos soirées <à deux>", RoomKind.COUPLE, RoomMode.MODERATED, "maya", T0);
        List<Participation> who = List.of(
                new Participation(
                        "u1", "Alex", RoomRole.PARTICIPANT, new TalkStats.Share("u1", 1, 0, 2, Duration.ofSeconds(65))),
                new Participation(
                        "u2",
                        "Sam <i>",
                        RoomRole.PARTICIPANT,
                        new TalkStats.Share("u2", 0, 3, 1, Duration.ofSeconds(4))));
        return new Transcript(room, EventFramesUnchangedTest.samples(), who, List.of(session("u1", "u2")), at(60));
    }

    @Test
    void aTranscriptInFrenchNamesItsPartsInFrenchAndCountsAsFrenchDoes() {
        String text = TranscriptRenderer.text(transcript(), Language.FRENCH);

        assertThat(text)
                .startsWith("Nos soirées <à deux>\nTranscription (heures en UTC)\n\n")
                .contains("  Signaux dans le message d’Alex (chaleur 85" + NBSP + "%)" + NBSP
                        + ": critique « you always »".replace("« ", "«" + NBSP).replace(" »", NBSP + "»"))
                .as("no elision before a consonant")
                .contains("  Le tour de Sam est presque fini.")
                .as("people's words as they wrote them")
                .contains("  Alex" + NBSP + ": Hello \"there\"")
                .contains("  Ordre" + NBSP + ": Alex, Sam <i>, u3.")
                .contains("\nQui a parlé\n")
                .as("French says one for 0 and 1: 0 message, 1 mot")
                .contains("  Alex" + NBSP + ": 1 tour, 0 message, 2 mots, 1 min 5 s de parole\n")
                .contains("  Sam <i>" + NBSP + ": 0 tour, 3 messages, 1 mot, 4 s de parole\n")
                .contains("\nSéances\n  Séance 2, 3 déc. 2026, 10:00 UTC, 40 min.")
                .doesNotContain("Transcript (", "Who spoke", " turns", "holding the floor");
    }

    @Test
    void theSameTranscriptInEnglishReadsAsItAlwaysDid() {
        String text = TranscriptRenderer.text(transcript(), Language.ENGLISH);

        assertThat(text)
                .startsWith("Nos soirées <à deux>\nTranscript (times in UTC)\n\n")
                .contains("  Signals in Alex's message (heat 85%): criticism “you always”, contempt “whatever”.\n")
                .contains("  Order: Alex, Sam <i>, u3.\n")
                .contains("\nWho spoke\n  Alex: 1 turn, 0 messages, 2 words, 1 min 5 s holding the floor\n")
                .contains("  Sam <i>: 0 turns, 3 messages, 1 word, 4 s holding the floor\n")
                .contains("\nSessions\n  Session 2, 3 Dec 2026, 10:00 UTC, 40 min.");
        assertThat(TranscriptRenderer.html(transcript(), Language.ENGLISH))
                .startsWith("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<title>Attune — transcript</title></head><body>\n<h1>Nos soirées &lt;à deux&gt;</h1>\n"
                        + "<p>Times in UTC.</p>\n<ol>\n")
                .contains("<h2>Who spoke</h2>", "<h2>Sessions</h2>", "<title id=\"session-2-title\">Session 2 summary");
    }

    @Test
    void theHtmlTranscriptSaysItIsFrenchAndEscapesEveryonesWordsAsBefore() {
        String html = TranscriptRenderer.html(transcript(), Language.FRENCH);

        assertThat(html)
                .startsWith("<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                        + "<title>Attune — transcription</title></head><body>\n<h1>Nos soirées &lt;à deux&gt;</h1>\n"
                        + "<p>Heures en UTC.</p>\n<ol>\n")
                .contains("Alex" + NBSP + ": Hello &quot;there&quot;</li>")
                .contains("<h2>Qui a parlé</h2>", "<li>Sam &lt;i&gt;" + NBSP + ": 0 tour, 3 messages, 1 mot")
                .contains("<h2>Séances</h2>", "<title id=\"session-2-title\">Résumé de la séance 2</title>")
                .contains("<figcaption>Séance 2, 3 déc. 2026, 10:00 UTC, 40 min. Alex" + NBSP + ": 3 tours, 9 messages")
                .contains("Sam &lt;i&gt;" + NBSP + ": 1 tour, 1 message, 1 mot, 8 min de parole.")
                .doesNotContain("<i>", "<b>", "lang=\"en\"", "Who spoke");
    }

    private static Instant at(int minute) {
        return T0.plusSeconds(minute * 60L);
    }

    private static SessionSummary session() {
        return session("alex", "sam");
    }

    private static SessionSummary session(String alex, String sam) {
        return new SessionSummary(
                2,
                T0,
                at(40),
                List.of(
                        new TalkStats.Share(alex, 3, 9, 180, Duration.ofMinutes(12)),
                        new TalkStats.Share(sam, 1, 1, 1, Duration.ofMinutes(8))),
                List.of(new HeatPoint(at(5), alex, 30), new HeatPoint(at(9), alex, 75)),
                List.of(new PauseSpan(at(10), at(15), "escalation")),
                List.of(
                        new Rupture(
                                7,
                                at(10),
                                List.of(RuptureKind.ESCALATION, RuptureKind.TIME_OUT),
                                RepairKind.REPAIR_ACCEPTED,
                                21,
                                at(17)),
                        new Rupture(30, at(33), List.of(RuptureKind.TIME_OUT), null, 0, null)),
                List.of(new AlertWait(12, at(22), sam, null)),
                4,
                3,
                null);
    }

    @Test
    void theSessionInFrenchSentences() {
        assertThat(SessionChart.describe(session(), NAMES, at(60), Language.FRENCH))
                .startsWith("Séance 2, 3 déc. 2026, 10:00 UTC, 40 min.")
                .contains("Alex <b>Chen</b>" + NBSP + ": 3 tours, 9 messages, 180 mots, 12 min de parole.")
                .contains("Sam Rivera" + NBSP + ": 1 tour, 1 message, 1 mot, 8 min de parole.")
                .contains("2 ruptures, 1 réparée (médiane" + NBSP + ": 7 min).")
                .contains("1 pause.")
                .contains("1 alerte de sécurité, 1 pas encore prise en charge" + NBSP + "; la plus longue attente"
                        + NBSP + ": 38 min.")
                .endsWith("Rapport positif/négatif" + NBSP + ": 1,3 pour 1 (4 contre 3).");
        SessionSummary quiet =
                new SessionSummary(1, T0, null, List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0, null);
        assertThat(SessionChart.describe(quiet, NAMES, at(3), Language.FRENCH))
                .isEqualTo("Séance 1, 3 déc. 2026, 10:00 UTC, 3 min jusqu’ici. Aucune rupture. 0 pause."
                        + " Aucune alerte de sécurité. 0 moment positif, aucun message avec des signaux de chaleur.");
        assertThat(SessionChart.svg(quiet, NAMES, at(3), Language.FRENCH))
                .contains(">Personne n’a parlé pendant cette séance.<");
    }

    @Test
    void thePictureInFrenchIsWellFormedWithItsTitleMarksAndLegendInFrench() throws Exception {
        SessionSummary s = session();
        SessionSummary practice = new SessionSummary(
                s.number(),
                s.startedAt(),
                s.endedAt(),
                s.talk(),
                s.heat(),
                s.pauses(),
                s.ruptures(),
                s.alerts(),
                s.positive(),
                s.negative(),
                "appreciation");
        String svg = SessionChart.svg(practice, NAMES, at(60), Language.FRENCH);

        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Résumé de la séance 2");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent())
                .startsWith("Séance 2, exercice entre les séances (le rituel d’appréciation), 3 déc. 2026");
        assertThat(svg)
                .contains(">Séance 2 (exercice), 3 déc. 2026, 10:00 UTC<")
                .contains("<title>Rupture" + NBSP + ": escalade, pause</title>")
                .contains("<title>Réparée" + NBSP + ": réparation acceptée, après 7 min</title>")
                .contains("<title>Alerte de sécurité</title>")
                .contains(">chaleur<", ">rupture<", ">réparation<", ">alerte<", ">Qui a parlé<")
                .doesNotContain(">heat<", "its repair", "Who spoke", "·");
    }

    private static Export export(String role) {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        room.say("alex", "You always say <b>that</b> & it's unfair!");
        room.act("maya", new RoomCommand.Whisper("alex", "Try an I-statement."));
        room.act("maya", new RoomCommand.Note("Private: Alex seems withdrawn."));
        List<Member> memberships = role == null
                ? room.members.stream().filter(m -> m.userId().equals("alex")).toList()
                : List.of(new Member(
                        room.room.id(),
                        "alex",
                        "alex",
                        RoomRole.fromWireName(role).orElseThrow(),
                        MemberStatus.ACTIVE,
                        RoomFixture.T0));
        return new Export(
                RoomFixture.T0,
                new Caller("alex", "alex", "Alex Chen", Set.of("client")),
                memberships,
                Map.of(room.room.id(), "Alex & Sam"),
                room.log.stream()
                        .map(e -> PersonalExport.entry(e, "alex", Set.of(room.room.id())))
                        .flatMap(Optional::stream)
                        .toList(),
                List.of(
                        new AuditEntry(RoomFixture.T0, "alex", AuditAction.DATA_EXPORTED, null, "alex", "html"),
                        new AuditEntry(
                                RoomFixture.T0, "maya", AuditAction.MEMBER_MUTED, room.room.id(), "alex", "5 min")));
    }

    @Test
    void theExportInFrenchSaysWhatItIsInFrenchAndKeepsThePersonsWordsAsTheyAre() {
        String html = ExportRenderer.html(export(null), Language.FRENCH);

        assertThat(html)
                .startsWith("<!doctype html>\n<html lang=\"fr\">")
                .contains("<title>Attune — vos données</title>", "<h1>Vos données dans Attune</h1>")
                .contains("Voici tout ce qu’Attune conserve à votre sujet, Alex Chen (alex), établi le 2026-11-28 10:00"
                        + " UTC" + NBSP + ":")
                .contains("<h2>Alex &amp; Sam</h2>", "Vous êtes une personne participante dans cette salle.")
                .contains("<h3>Ce que vous avez écrit et fait</h3>", "<h3>Ce qui a été consigné à votre sujet</h3>")
                .as("the person's words escaped exactly as in English")
                .contains("alex" + NBSP + ": You always say &lt;b&gt;that&lt;/b&gt; &amp; it&#39;s unfair!")
                .contains("maya (en privé à alex)" + NBSP + ": Try an I-statement.")
                .as("elision before a name that starts with a vowel")
                .contains("Signaux dans le message d’alex (chaleur ")
                .contains("Vous l’avez vu en privé à ce moment-là" + NBSP + "; vos thérapeutes le voient aussi.")
                .contains(
                        "export des données, par vous.", "messages suspendus, par une autre personne (Alex &amp; Sam).")
                .contains("<h2>Ce que ce document ne contient pas, et pourquoi</h2>")
                .contains("que la clinique vous communique sur demande")
                .doesNotContain("<script", "<b>that", "withdrawn", "Your data", "You are");
    }

    @Test
    void theExportAsTextInFrench() {
        String text = ExportRenderer.text(export(null), Language.FRENCH);

        assertThat(text)
                .startsWith("Vos données dans Attune\n\nVoici tout ce qu’Attune conserve")
                .contains("\nLes heures sont en UTC.\n")
                .contains("== Alex & Sam ==", "Ce que vous avez écrit et fait" + NBSP + ":\n")
                .contains("alex" + NBSP + ": You always say <b>that</b> & it's unfair!")
                .contains(
                        "      (Vous l’avez vu en privé à ce moment-là" + NBSP + "; vos thérapeutes le voient aussi.)")
                .contains("== Qui a fait quoi avec vos données ==", "- Les notes privées de vos thérapeutes")
                .doesNotContain("withdrawn");
    }

    @Test
    void anObserversStandingReadsAsEnglishSaysIt() {
        assertThat(ExportRenderer.text(export("observer"), Language.ENGLISH))
                .as("it read \"You are a observer here.\"")
                .contains("You are an observer here.");
        assertThat(ExportRenderer.text(export("observer"), Language.FRENCH))
                .contains("Vous êtes une personne observatrice dans cette salle.");
        assertThat(ExportRenderer.text(export("therapist"), Language.FRENCH))
                .contains("Vous êtes thérapeute dans cette salle.");
    }

    @Test
    void whatTheServerWroteIntoAnAlertReadsInFrenchAndAPersonsWordsDoNot() {
        List<Evidence> screen = List.of(
                new Evidence("abuse", "safety screen: HITS 12 of 20, above 10"),
                new Evidence("fear", "safety screen: afraid of someone in this room: not sure"),
                new Evidence("fear", "safety screen: safe to talk openly here: no"),
                new Evidence("safe_to_talk", "answered no"),
                new Evidence("fear", "safety screen: he watches my phone"));
        assertThat(EvidenceWords.of(screen, DocumentWords.FRENCH))
                .isEqualTo(("maltraitance « questionnaire de sécurité : HITS 12 sur 20, au-dessus de 10 »,"
                                + " peur « questionnaire de sécurité : peur d’une personne dans cette salle : ne sait pas »,"
                                + " peur « questionnaire de sécurité : peut parler ouvertement ici sans danger : non »,"
                                + " vérification privée « réponse : non »,"
                                + " peur « safety screen: he watches my phone »")
                        .replace(" :", NBSP + ":")
                        .replace("« ", "«" + NBSP)
                        .replace(" »", NBSP + "»"));
        assertThat(EvidenceWords.of(screen, DocumentWords.ENGLISH))
                .isEqualTo("abuse “safety screen: HITS 12 of 20, above 10”,"
                        + " fear “safety screen: afraid of someone in this room: not sure”,"
                        + " fear “safety screen: safe to talk openly here: no”, safe to talk “answered no”,"
                        + " fear “safety screen: he watches my phone”");
    }

    @Test
    void theCyclesPrivatePromptReadsAsThePageWordsIt() {
        String english = CycleInTheRoom.prompt(
                CycleEntry.of("pursue", "anger", List.of("hurt", "fear", "shame"), "to_matter", "I want to count"));
        assertThat(CareLines.prompt(english, DocumentWords.ENGLISH)).isEqualTo(english);
        assertThat(CareLines.prompt(english, DocumentWords.FRENCH))
                .isEqualTo("Sous «" + NBSP + "anger" + NBSP + "», qu’y a-t-il" + NBSP
                        + ": la blessure, la peur ou la honte" + NBSP + "? Vous avez nommé un besoin" + NBSP
                        + ": compter pour l’autre. Dans vos mots" + NBSP + ": «" + NBSP + "I want to count" + NBSP
                        + "»");
        assertThat(CareLines.prompt("Under the radar, is there anything?", DocumentWords.FRENCH))
                .as("a prompt it cannot read back stays as written")
                .isEqualTo("Under the radar, is there anything?");
    }

    @Test
    void aCountOfOneIsSingularInBothLanguages() {
        RoomEvent sitting = RoomEvent.builder("room-1", 9, EventKind.PRACTICE_DONE, T0)
                .actor("attune", "Attune")
                .payload(new EventPayload.PracticeFigures(4, "appreciation", 60, 1, Map.of()))
                .build();
        assertThat(EventLines.line(sitting, null, DocumentWords.ENGLISH))
                .as("it read \"1 turns\"")
                .isEqualTo("Practised the appreciation ritual: 1 minute, 1 turn.");
        assertThat(EventLines.line(sitting, null, DocumentWords.FRENCH))
                .isEqualTo("Exercice fait" + NBSP + ": le rituel d’appréciation, 1 minute, 1 tour.");
    }
}
