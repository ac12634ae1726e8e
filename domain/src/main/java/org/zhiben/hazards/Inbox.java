package org.zhiben.hazards;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * The in-app inbox (通知) other modules post to (declared interface of the hazards module). A notice is addressed
 * either to an enterprise — the users whose data scope covers the enterprise read it, its own users among them — or to
 * an organisation unit — the users of that unit read it. It may concern a hazard and may link to a page. Its text is a
 * message code of the posting module's bundle ({@code i18n/<module>/messages.properties}) with its arguments, rendered
 * in the reader's language when read; a {@link LocalDate} argument is written as the pages write dates.
 *
 * <p>A post is idempotent by its key, chosen by the caller so that it names the occasion (e.g.
 * {@code training.certificate-expired:<certificate id>}): a second post with the same key adds nothing. The post joins
 * the caller's transaction.
 */
public interface Inbox {

    /** To whom a notice goes. */
    sealed interface Addressee permits ToEnterprise, ToUnit {
    }

    /** The enterprise (its users, and those who supervise it). */
    record ToEnterprise(UUID enterpriseId) implements Addressee {

        public ToEnterprise {
            Require.notNull(enterpriseId, "enterpriseId");
        }
    }

    /** The users of an organisation unit (a member unit of the committee, a department, a county's government). */
    record ToUnit(UnitCode unit) implements Addressee {

        public ToUnit {
            Require.notNull(unit, "unit");
        }
    }

    /**
     * One notice to post.
     *
     * @param key         names the occasion; a second post with the same key adds nothing (at most 200 characters)
     * @param hazard      the hazard the notice is about, or null
     * @param messageCode the code of the text in the posting module's bundle
     * @param arguments   the text's arguments in order: texts, whole numbers or dates
     * @param link        a path inside the application the notice leads to (e.g. {@code /training/certificates/…}),
     *                    or null
     */
    record Post(String key, Addressee to, HazardId hazard, String messageCode, List<Object> arguments, String link) {

        public Post {
            Require.maxLength(Require.notBlank(key, "key"), 200, "key");
            Require.notNull(to, "to");
            Require.notBlank(messageCode, "messageCode");
            arguments = List.copyOf(arguments == null ? List.of() : arguments);
            for (Object argument : arguments) {
                if (!(argument instanceof String || argument instanceof LocalDate || argument instanceof Integer
                        || argument instanceof Long)) {
                    throw new InvalidValueException("arguments", "inbox.argument.unsupported",
                            "an inbox argument is a text, a whole number or a date: " + argument);
                }
            }
            if (link != null && !(link.startsWith("/") && !link.startsWith("//"))) {
                throw new InvalidValueException("link", "inbox.link.invalid",
                        "an inbox link is a path inside the application: " + link);
            }
        }

        /** A notice to an enterprise, about no hazard. */
        public static Post toEnterprise(String key, UUID enterpriseId, String messageCode, List<Object> arguments,
                String link) {
            return new Post(key, new ToEnterprise(enterpriseId), null, messageCode, arguments, link);
        }

        /** A notice to the users of a unit, about no hazard. */
        public static Post toUnit(String key, UnitCode unit, String messageCode, List<Object> arguments, String link) {
            return new Post(key, new ToUnit(unit), null, messageCode, arguments, link);
        }
    }

    /**
     * Posts the notice, unless one with the same key was posted before.
     *
     * @return true when the notice was added, false when its key had been used
     * @throws org.zhiben.shared.NotFoundException when the enterprise it is addressed to does not exist
     */
    boolean post(Post post);
}
