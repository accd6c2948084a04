package org.communitypartners.partners.orders.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.communitypartners.kernel.api.PhotoUpload;

/** A photo on an order's timeline: from the report, or of the finished work. Checked on entry. */
@Entity
@Table(name = "work_order_photo")
public class Photo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "event_id", nullable = false, updatable = false)
    private long eventId;

    @Column(name = "content_type", nullable = false, updatable = false, length = 16)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private Instant takenAt;

    protected Photo() {
    }

    public Photo(TimelineEntry entry, PhotoUpload.Checked photo) {
        this.orderId = entry.getOrderId();
        this.eventId = entry.getId();
        this.contentType = photo.contentType();
        this.sizeBytes = photo.content().length;
        this.content = photo.content();
        this.takenAt = entry.getAt();
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getEventId() {
        return eventId;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }
}
