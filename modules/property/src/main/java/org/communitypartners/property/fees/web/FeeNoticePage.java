package org.communitypartners.property.fees.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.communitypartners.property.fees.application.FeeNotices;
import org.communitypartners.property.fees.application.FeeViews.FeeNotice;
import org.omnifaces.cdi.ViewScoped;

/** The public fee notice page of a compound: {@code /fees/notice.xhtml?compound=<code>}; an unknown code answers 404. */
@Named
@ViewScoped
public class FeeNoticePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    FeeNotices notices;

    private String compound;
    private FeeNotice notice;

    public void load() {
        notice = notices.notice(compound);
    }

    public String getCompound() {
        return compound;
    }

    public void setCompound(String compound) {
        this.compound = compound;
    }

    public FeeNotice getNotice() {
        return notice;
    }
}
