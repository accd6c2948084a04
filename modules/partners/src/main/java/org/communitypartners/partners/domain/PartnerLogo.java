package org.communitypartners.partners.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.communitypartners.kernel.api.PhotoUpload;

/** A partner's logo: one image per partner, replaced as a whole. */
@Entity
@Table(name = "partner_logo")
public class PartnerLogo {
    public static final int MAX_BYTES = 1024 * 1024;

    @Id
    @Column(name = "partner_id")
    private long partnerId;

    @Column(name = "content_type", nullable = false, length = 16)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PartnerLogo() {
    }

    public PartnerLogo(long partnerId) {
        this.partnerId = partnerId;
    }

    /** Takes a new image; it must be a real JPEG or PNG of at most 1 MB. */
    public void replace(byte[] image, String by, Instant at) {
        PhotoUpload.Checked checked = PhotoUpload.check(image, MAX_BYTES);
        contentType = checked.contentType();
        content = checked.content();
        updatedBy = by;
        updatedAt = at;
    }

    public long getVersion() {
        return version;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
