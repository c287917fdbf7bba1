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
import org.attune.application.OnCallMail;

/**
 * {@link OnCallMail} through WildFly's mail subsystem: the {@code attune}
 * mail session of {@code wildfly-config/mail.cli}, whose SMTP server, port and
 * sender come from {@code ATTUNE_SMTP_HOST}, {@code ATTUNE_SMTP_PORT} and
 * {@code ATTUNE_SMTP_FROM}.
 */
@ApplicationScoped
public class SmtpOnCallMail implements OnCallMail {

    /** The mail session's JNDI name, as {@code mail.cli} binds it. */
    static final String SESSION = "java:jboss/mail/Attune";

    @Resource(lookup = SESSION)
    Session session;

    @Override
    public void send(String to, String subject, String body) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(Instant.now()));
        Transport.send(message);
    }
}
