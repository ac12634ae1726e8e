package org.zhiben.enterprises.application;

import java.util.List;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseSearch;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.enterprises.Page;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;

/**
 * Looks enterprises up by identity or credit code, and searches them by jurisdiction, industry and name — always
 * within the caller's data scope: outside it, an enterprise does not exist for them ({@link NotFoundException}).
 */
public class FindEnterprises {

    /** How many enterprises a picker offers at most. */
    public static final int CHOICES = 10;

    /** The longest text a picker searches for. */
    public static final int CHOICE_TEXT_MAXIMUM = 100;

    private final Enterprises enterprises;
    private final CurrentActors currentActors;

    public FindEnterprises(Enterprises enterprises, CurrentActors currentActors) {
        this.enterprises = enterprises;
        this.currentActors = currentActors;
    }

    public Enterprise byId(EnterpriseId id) {
        Enterprise found = enterprises.findById(id).orElseThrow(() -> new NotFoundException("enterprise", id));
        return EnterpriseScope.seen(currentActors.scope(), found, id.value());
    }

    public Enterprise byCreditCode(UnifiedSocialCreditCode creditCode) {
        Enterprise found = enterprises.findByCreditCode(creditCode)
                .orElseThrow(() -> new NotFoundException("enterprise", creditCode));
        return EnterpriseScope.seen(currentActors.scope(), found, creditCode);
    }

    /** The enterprises matching the criteria inside the caller's data scope, ordered by name, one page of them. */
    public Page<Enterprise> search(JurisdictionCode jurisdiction, IndustryCode industry, String nameContains, int page,
            int size) {
        return enterprises.search(new EnterpriseSearch(jurisdiction, industry, nameContains, page, size,
                currentActors.scope()));
    }

    /**
     * The enterprises inside the caller's data scope whose name or unified social credit code contains the text
     * (ignoring case), ordered by name, at most {@value #CHOICES}: what a picker offers as one types part of a name or
     * code. Blank text finds nothing; text longer than {@value #CHOICE_TEXT_MAXIMUM} characters is refused.
     */
    public List<Enterprise> choices(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.strip().length() > CHOICE_TEXT_MAXIMUM) {
            throw new InvalidValueException("q", "enterprise.choices.text-too-long",
                    "the text to search for is at most " + CHOICE_TEXT_MAXIMUM + " characters", CHOICE_TEXT_MAXIMUM);
        }
        return enterprises.findByNameOrCreditCode(text.strip(), currentActors.scope(), CHOICES);
    }

    /**
     * Whether the caller supervises the enterprise and so may change its jurisdiction and industry; its own safety
     * manager may not ({@link org.zhiben.enterprises.Enterprise#revise(org.zhiben.enterprises.EnterpriseProfile,
     * boolean)}).
     */
    public boolean callerSupervises(Enterprise enterprise) {
        return EnterpriseScope.supervises(currentActors.scope(), enterprise);
    }
}
