package org.communitypartners.partners.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.communitypartners.kernel.api.AccessCode;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;

/**
 * A resident following an order: the one who reported it, or one who said "me too" or whose
 * duplicate was merged into it. Each has an own tracking code and is told of every change.
 */
@Entity
@Table(name = "work_order_reporter")
public class Reporter {
    public static final int NAME_MAX_LENGTH = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "tracking_code", nullable = false, unique = true, updatable = false, length = AccessCode.LENGTH)
    private String trackingCode;

    @Column(length = NAME_MAX_LENGTH, updatable = false)
    private String name;

    @Column(nullable = false, length = 20, updatable = false)
    private String phone;

    @Column(name = "first_reporter", nullable = false, updatable = false)
    private boolean firstReporter;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    protected Reporter() {
    }

    public Reporter(WorkOrder order, String name, PhoneNumber phone, boolean firstReporter, Instant joinedAt) {
        this.orderId = order.getId();
        this.trackingCode = AccessCode.next();
        this.name = name == null || name.isBlank() ? null : name.strip();
        if (this.name != null && this.name.length() > NAME_MAX_LENGTH) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.nameTooLong", NAME_MAX_LENGTH);
        }
        this.phone = phone.value();
        this.firstReporter = firstReporter;
        this.joinedAt = joinedAt;
    }

    /**
     * Follows the order its duplicate was merged into. Only a merge moves a reporter, under the
     * merged orders' own version checks, so the row needs no version of its own.
     */
    public void follow(WorkOrder survivor) {
        this.orderId = survivor.getId();
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public String getName() {
        return name;
    }

    public PhoneNumber phone() {
        return new PhoneNumber(phone);
    }

    public boolean isFirstReporter() {
        return firstReporter;
    }
}
