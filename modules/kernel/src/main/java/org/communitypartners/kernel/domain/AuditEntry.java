package org.communitypartners.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.communitypartners.kernel.api.AuditResult;

/**
 * One line of the append-only audit log. It has no setters and every column is
 * non-updatable: once written, nothing in the application changes it. Only the archiver
 * removes rows, after writing them to an archive file. No {@code @Version}: it is never updated.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
    public static final int ACTION_LENGTH = 64;
    public static final int TARGET_TYPE_LENGTH = 64;
    public static final int TARGET_ID_LENGTH = 64;
    public static final int DETAIL_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = UserAccount.USERNAME_LENGTH)
    private String actor;

    @Column(nullable = false, updatable = false, length = ACTION_LENGTH)
    private String action;

    @Column(name = "target_type", updatable = false, length = TARGET_TYPE_LENGTH)
    private String targetType;

    @Column(name = "target_id", updatable = false, length = TARGET_ID_LENGTH)
    private String targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private AuditResult result;

    @Column(name = "source_ip", updatable = false, length = 45)
    private String sourceIp;

    @Column(updatable = false, length = DETAIL_LENGTH)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String action, String targetType, Object targetId,
                      AuditResult result, String sourceIp, String detail) {
        this.occurredAt = occurredAt;
        this.actor = clip(actor, UserAccount.USERNAME_LENGTH);
        this.action = clip(action, ACTION_LENGTH);
        this.targetType = clip(targetType, TARGET_TYPE_LENGTH);
        this.targetId = targetId == null ? null : clip(String.valueOf(targetId), TARGET_ID_LENGTH);
        this.result = result;
        this.sourceIp = clip(sourceIp, 45);
        this.detail = clip(detail, DETAIL_LENGTH);
    }

    /** Audit text comes from callers and attackers alike: cut it to the column, never fail the write. */
    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public AuditResult getResult() {
        return result;
    }

    public String getSourceIp() {
        return sourceIp;
    }

    public String getDetail() {
        return detail;
    }
}
