package org.zhiben.training.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.zhiben.hazards.Inbox;
import org.zhiben.shared.DataScope;
import org.zhiben.training.CertificateState;
import org.zhiben.training.SpecialOperationCertificate;
import org.zhiben.training.storage.Certificates;

/**
 * The daily alert of special-operation certificates (task 7: "全面落实特种作业人员持证上岗"): every certificate expiring
 * within the lead time, and every expired one, is notified to its enterprise's inbox — once per certificate, expiry
 * date and state (the inbox key names them), so the next day's run adds nothing for a certificate already notified in
 * that state, while a certificate that moves on from expiring to expired, or is renewed and later expires again, is
 * notified anew. Runs as the system over the whole prefecture.
 */
public class AlertCertificates {

    public static final String EXPIRING = "training.inbox.certificate-expiring";
    public static final String EXPIRED = "training.inbox.certificate-expired";

    /** How many notices a run added. */
    public record Result(int expiring, int expired) {
    }

    private final Certificates certificates;
    private final Inbox inbox;
    private final Clock clock;
    private final int leadDays;

    public AlertCertificates(Certificates certificates, Inbox inbox, Clock clock, int leadDays) {
        this.certificates = certificates;
        this.inbox = inbox;
        this.clock = clock;
        this.leadDays = leadDays;
    }

    /** Notifies today's expiring and expired certificates not notified in that state before. */
    public Result run() {
        LocalDate today = LocalDate.now(clock);
        int expiring = 0;
        int expired = 0;
        for (SpecialOperationCertificate certificate : certificates.search(DataScope.wholePrefecture())) {
            CertificateState state = certificate.stateOn(today, leadDays);
            if (state == CertificateState.VALID) {
                continue;
            }
            boolean posted = inbox.post(Inbox.Post.toEnterprise(key(certificate, state), certificate.enterpriseId(),
                    state == CertificateState.EXPIRED ? EXPIRED : EXPIRING,
                    List.of(certificate.holder().maskedName(), certificate.holder().idLastDigits(),
                            certificate.number(), certificate.expiresOn()),
                    "/training/certificates?alerts=true"));
            if (posted && state == CertificateState.EXPIRED) {
                expired++;
            } else if (posted) {
                expiring++;
            }
        }
        return new Result(expiring, expired);
    }

    /** The inbox key of the notice of a certificate in a state: {@code training.certificate-expired:<id>:<expiry>}. */
    public static String key(SpecialOperationCertificate certificate, CertificateState state) {
        return "training.certificate-" + state.name().toLowerCase(Locale.ROOT) + ":" + certificate.id().value() + ":"
                + certificate.expiresOn();
    }
}
