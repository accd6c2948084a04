package org.communitypartners.massorg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A mass organisation organising an activity, with the name it had when named (public pages show it). */
@Embeddable
public class Organiser {

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(name = "partner_name", nullable = false, length = 100)
    private String partnerName;

    protected Organiser() {
    }

    public Organiser(long partnerId, String partnerName) {
        this.partnerId = partnerId;
        this.partnerName = partnerName;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public String getPartnerName() {
        return partnerName;
    }
}
