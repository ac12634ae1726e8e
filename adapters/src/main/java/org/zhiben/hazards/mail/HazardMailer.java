package org.zhiben.hazards.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.enterprises.Person;
import org.zhiben.hazards.EnterpriseContactRole;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardNotice;
import org.zhiben.hazards.HazardNotificationKind;
import org.zhiben.hazards.HazardNotifications;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.storage.MajorHazards;
import org.zhiben.platform.tx.Transactions;

/**
 * The e-mail channel of the hazard notices: mails a notice to the enterprise's principal (主要负责人) or actual
 * controller (实际控制人), as plan task 23 asks: "及时将重大事故隐患信息通知到相关企业的主要负责人、实际控制人". Off unless
 * {@code zhiben.notifications.mail.enabled=true}; the SMTP server is Spring Boot's {@code spring.mail.*}
 * ({@code SPRING_MAIL_HOST}, ...), the sender {@code zhiben.notifications.mail.from}.
 * <p>
 * <b>When:</b> it is called by {@code MailNotices}, a Spring Modulith listener of the hazards' events that exists only
 * when mail is on, on a background thread after the business transaction has committed: a rolled-back change mails
 * nothing, and the SMTP conversation never holds up the request or the escalation run.
 * <p>
 * <b>What:</b> the person's address, the enterprise's name, the hazard's level, location and deadline are read
 * afresh through the enterprises module's {@link Enterprises} port and the {@link MajorHazards} port; subject and
 * body are Chinese texts of the {@code i18n/hazards-mail} bundle. A person without an address gets no mail (the
 * inbox entry stays).
 * <p>
 * <b>Failures</b> (server down, address refused, lookup failed) are logged with the hazard, the enterprise and the
 * recipient role only — never the address or a name, and not the exception's message, which may repeat the address —
 * and are not retried: the notice is in the inbox anyway.
 */
@Component(HazardMailer.BEAN_NAME)
class HazardMailer implements HazardNotifications {

    /** The name of the mail channel's bean. */
    static final String BEAN_NAME = "hazardNotificationMail";

    private static final Logger log = LoggerFactory.getLogger(HazardMailer.class);
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final boolean enabled;
    private final JavaMailSender sender;
    private final String from;
    private final String signInUrl;
    private final Enterprises enterprises;
    private final MajorHazards hazards;
    private final Transactions transactions;
    private final MessageSource messages;

    @Autowired
    HazardMailer(@Value("${zhiben.notifications.mail.enabled:false}") boolean enabled,
            ObjectProvider<JavaMailSender> sender, @Value("${zhiben.notifications.mail.from:}") String from,
            @Value("${zhiben.notifications.mail.sign-in-url:}") String signInUrl, Enterprises enterprises,
            MajorHazards hazards, Transactions transactions, MessageSource messages) {
        this(enabled, enabled ? requiredSender(sender) : null, from, signInUrl, enterprises, hazards, transactions,
                messages);
    }

    /** For tests: the given mail sender. */
    HazardMailer(boolean enabled, JavaMailSender sender, String from, String signInUrl, Enterprises enterprises,
            MajorHazards hazards, Transactions transactions, MessageSource messages) {
        if (enabled && (from == null || from.isBlank())) {
            throw new IllegalStateException(
                    "zhiben.notifications.mail.enabled=true needs the sender zhiben.notifications.mail.from");
        }
        this.enabled = enabled;
        this.sender = sender;
        this.from = from;
        this.signInUrl = signInUrl == null ? "" : signInUrl.strip();
        this.enterprises = enterprises;
        this.hazards = hazards;
        this.transactions = transactions;
        this.messages = messages;
    }

    private static JavaMailSender requiredSender(ObjectProvider<JavaMailSender> sender) {
        JavaMailSender available = sender.getIfAvailable();
        if (available == null) {
            throw new IllegalStateException("zhiben.notifications.mail.enabled=true needs an SMTP server: set "
                    + "spring.mail.host (SPRING_MAIL_HOST) and, where needed, spring.mail.port, username, password");
        }
        return available;
    }

    /** Mails the notice now; does nothing when mail is off. Never throws. */
    @Override
    public void notify(HazardNotice notice) {
        if (enabled) {
            send(notice.recipientRole(), notice.enterpriseId(), notice.hazardId(), notice.kind(), notice.params());
        }
    }

    private void send(EnterpriseContactRole role, UUID enterpriseId, HazardId hazardId, HazardNotificationKind kind,
            Map<String, String> params) {
        try {
            Optional<Mail> mail = transactions.read(() -> compose(role, enterpriseId, hazardId, kind, params));
            if (mail.isEmpty()) {
                log.debug("No e-mail address for the hazard notice: hazard {}, enterprise {}, recipient {}",
                        hazardId.value(), enterpriseId, role);
                return;
            }
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.get().to());
            helper.setSubject(mail.get().subject());
            helper.setText(mail.get().body());
            sender.send(message);
            log.info("Hazard e-mail notice sent: hazard {}, enterprise {}, recipient {}, kind {}", hazardId.value(),
                    enterpriseId, role, kind);
        } catch (RuntimeException | MessagingException failed) {
            log.warn("Hazard e-mail notice not sent ({}): hazard {}, enterprise {}, recipient {}, kind {}",
                    failed.getClass().getSimpleName(), hazardId.value(), enterpriseId, role, kind);
        }
    }

    /** The mail to the person, or empty when the person has no address (or the records are gone). */
    private Optional<Mail> compose(EnterpriseContactRole role, UUID enterpriseId, HazardId hazardId,
            HazardNotificationKind kind, Map<String, String> params) {
        Optional<Enterprise> enterprise = enterprises.findById(new EnterpriseId(enterpriseId));
        Optional<MajorHazard> hazard = hazards.findById(hazardId);
        if (enterprise.isEmpty() || hazard.isEmpty()) {
            return Optional.empty();
        }
        Person person = role == EnterpriseContactRole.PRINCIPAL ? enterprise.get().principal()
                : enterprise.get().actualController();
        if (!person.hasEmail()) {
            return Optional.empty();
        }
        MajorHazard h = hazard.get();
        String deadline = Optional.ofNullable(params.get("deadline")).map(LocalDate::parse)
                .or(h::currentDeadline).map(CHINESE_DATE::format)
                .orElseGet(() -> text("hazard.mail.deadline.none"));
        String level = h.level() == null ? text("hazard.mail.level.pending") : text("hazard.mail.level." + h.level());
        String signIn = signInUrl.isEmpty() ? text("hazard.mail.sign-in") : text("hazard.mail.sign-in.url", signInUrl);
        Object[] args = {
                enterprise.get().name(),                       // {0}
                text("hazard.mail.role." + role),              // {1}
                level,                                         // {2}
                h.location(),                                  // {3}
                deadline,                                      // {4}
                CHINESE_DATE.format(h.discoveredOn()),         // {5}
                Optional.ofNullable(params.get("stepLabel")).orElse(""), // {6}
                Optional.ofNullable(params.get("daysOverdue")).orElse(""), // {7}
                signIn,                                        // {8}
                h.clause() == null ? text("hazard.mail.clause.none")
                        : text("hazard.mail.clause", h.clause().standardCode(), h.clause().clauseNumber())}; // {9}
        return Optional.of(new Mail(person.email(), text("hazard.mail.subject." + kind, args),
                text("hazard.mail.body." + kind, args)));
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, CHINESE);
    }

    private record Mail(String to, String subject, String body) {
    }
}
