package org.communitypartners.property.fees.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.communitypartners.property.fees.application.FeeNotices;
import org.communitypartners.property.fees.application.FeeViews.FeeNotice;

/** The public fee notice page of a compound: {@code /fees/notice.xhtml?compound=<code>}; an unknown code answers 404. */
@Named
@RequestScoped
public class FeeNoticePage {

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
