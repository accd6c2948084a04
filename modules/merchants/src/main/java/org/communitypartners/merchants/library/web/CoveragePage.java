package org.communitypartners.merchants.library.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.library.application.CoverageView;
import org.communitypartners.merchants.library.application.LifeCircle;
import org.communitypartners.merchants.library.application.LifeCircle.RadiusView;
import org.communitypartners.merchants.library.application.MerchantLibrary;

/**
 * The coverage report of a community: which essential needs no merchant within each compound's
 * circle meets; and, for the subdistrict's administrator, the circle's radius.
 */
@Named("merchantCoveragePage")
@ViewScoped
public class CoveragePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    LifeCircle circle;
    @Inject
    MerchantLibrary library;
    @Inject
    CallerScope scope;
    @Inject
    SecurityContext security;
    @Inject
    Feedback feedback;

    private Long communityId;
    private CoverageView coverage;
    /** The language the report was worded in: a view action runs before the page's language applies. */
    private Locale shownIn;
    private RadiusView radius;
    private Integer newRadius;

    public void load() {
        List<OrgUnitView> communities = getCommunities();
        if (communityId == null && !communities.isEmpty()) {
            communityId = communities.get(0).id();
        }
        show();
        Long subdistrict = scope.subdistrictId();
        boolean administers = security.isCallerInRole(Roles.SUBDISTRICT_ADMIN) || security.isCallerInRole(Roles.SYSTEM_ADMIN);
        if (subdistrict != null && administers && scope.canSee(subdistrict)) {
            radius = circle.radius(subdistrict);
            newRadius = radius.radiusMetres();
        }
    }

    public void show() {
        coverage = null;
        if (communityId != null) {
            long id = communityId;
            shownIn = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            feedback.attemptIn(MerchantsModule.BUNDLE, () -> coverage = circle.coverage(id, shownIn), null);
        }
    }

    public void saveRadius() {
        long subdistrict = radius.subdistrictId();
        int metres = newRadius == null ? 0 : newRadius;
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            radius = circle.setRadius(subdistrict, metres, radius.version());
            show();
        }, "circle.radiusSaved", metres);
    }

    /** Only a subdistrict's administrator (or a system administrator granted it) sets the radius; community staff read it in the report. */
    public boolean isMayChangeRadius() {
        return radius != null;
    }

    public List<OrgUnitView> getCommunities() {
        return library.communities();
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    /** The report, worded again when the page's language differs from the one it was read in. */
    public CoverageView getCoverage() {
        if (coverage != null && !FacesContext.getCurrentInstance().getViewRoot().getLocale().equals(shownIn)) {
            show();
        }
        return coverage;
    }

    public RadiusView getRadius() {
        return radius;
    }

    public Integer getNewRadius() {
        return newRadius;
    }

    public void setNewRadius(Integer newRadius) {
        this.newRadius = newRadius;
    }
}
