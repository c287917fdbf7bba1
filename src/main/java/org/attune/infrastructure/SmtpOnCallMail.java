package org.attune.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.attune.application.OnCallMail;
import org.attune.application.SmtpLogin;

/**
 * {@link OnCallMail} through WildFly's mail subsystem: the {@code attune}
 * mail session of {@code wildfly-config/mail.cli}, whose SMTP server, port and
 * sender come from {@code ATTUNE_SMTP_HOST}, {@code ATTUNE_SMTP_PORT} and
 * {@code ATTUNE_SMTP_FROM}. When the relay asks for a login ({@link SmtpLogin}:
 * {@code ATTUNE_SMTP_USER} and {@code ATTUNE_SMTP_PASSWORD}), each mail is sent
 * with it; the relay must then offer {@code AUTH}, and {@code
 * ATTUNE_SMTP_TLS=true} keeps the password off the wire in the clear.
 */
@ApplicationScoped
public class SmtpOnCallMail implements OnCallMail {

    /** The mail session's JNDI name, as {@code mail.cli} binds it. */
    static final String SESSION = "java:jboss/mail/Attune";

    @Resource(lookup = SESSION)
    Session session;

    private final Optional<SmtpLogin> login = SmtpLogin.read(System::getenv);

    @Override
    public void send(String to, String subject, String body) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(Instant.now()));
        if (login.isPresent()) {
            Transport.send(message, login.get().user(), login.get().password());
        } else {
            Transport.send(message);
        }
    }
}
