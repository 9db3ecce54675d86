package org.smartlibrary.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.kit.security.Caller;
import org.smartlibrary.kit.security.Roles;
import org.smartlibrary.partner.api.PartnerView;

import java.util.UUID;

/**
 * Who may change a partner and who sees its private fields. The directory is public, so a partner another partner
 * administers is visible but not changeable: such a write answers 403 (root README, "Security").
 */
@ApplicationScoped
public class PartnerAccess {

    @Inject
    Caller caller;

    /**
     * Resolves the caller. Authentication is lazy (proactive auth is off), so a public operation calls this first:
     * a token that is present but invalid then answers 401 instead of being ignored.
     */
    public void authenticate() {
        caller.isAnonymous();
    }

    /** Platform administrators and the partner's own administrators change a partner and its offerings. */
    public boolean mayChange(UUID partnerId) {
        return caller.isPlatformAdmin() || caller.isAdminOf(partnerId);
    }

    /** 403 unless {@link #mayChange(UUID)}; called before anything is written. */
    public void checkMayChange(UUID partnerId) {
        if (!mayChange(partnerId)) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "only administrators of partner " + partnerId + " may change it and its offerings");
        }
    }

    /**
     * Contacts are private: library staff, portals, platform administrators and the partner's own administrators
     * see them; anonymous callers, consortium analysts and other partners' administrators do not.
     */
    public boolean seesPrivateFields(UUID partnerId) {
        return caller.hasRole(Roles.LIBRARY_STAFF) || caller.readsAcrossTenants() || caller.isAdminOf(partnerId);
    }

    /** The view as this caller may see it: without the private fields unless {@link #seesPrivateFields(UUID)}. */
    public PartnerView visible(PartnerView partner) {
        return seesPrivateFields(partner.id()) ? partner : partner.withoutPrivateFields();
    }
}
