package org.communitypartners.massorg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message owed to a registrant (an outbox): shown on their registration page. No SMS gateway is
 * connected yet; {@code sent_at} is where one would mark them sent.
 */
@Entity
@Table(name = "activity_notice")
public class RegistrationNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false, updatable = false)
    private long registrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private NoticeKind kind;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected RegistrationNotice() {
    }

    public RegistrationNotice(long registrationId, NoticeKind kind, Instant createdAt) {
        this.registrationId = registrationId;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public long getRegistrationId() {
        return registrationId;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
