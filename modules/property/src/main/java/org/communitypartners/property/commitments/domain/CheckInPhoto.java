package org.communitypartners.property.commitments.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.communitypartners.kernel.api.PhotoUpload;

/** The photo of a check-in, kept apart so lists of check-ins never load pictures. */
@Entity
@Table(name = "property_commitment_photo")
public class CheckInPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "checkin_id", nullable = false, updatable = false)
    private long checkInId;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Version
    private long version;

    protected CheckInPhoto() {
    }

    public CheckInPhoto(CheckIn checkIn, PhotoUpload.Checked photo) {
        this.checkInId = checkIn.getId();
        this.contentType = photo.contentType();
        this.content = photo.content();
    }

    public long getCheckInId() {
        return checkInId;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }
}
