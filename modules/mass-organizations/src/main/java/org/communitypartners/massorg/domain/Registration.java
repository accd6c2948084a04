package org.communitypartners.massorg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.communitypartners.kernel.api.AccessCode;
import org.communitypartners.kernel.api.PhoneNumber;

/**
 * A person's place at an activity: a seat or a place on the waitlist, by arrival number. The
 * registrant follows it with a random code instead of an account; one phone registers once per activity.
 */
@Entity
@Table(name = "activity_registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_id", nullable = false, updatable = false)
    private long activityId;

    @Column(nullable = false, updatable = false, length = ActivityRules.NAME_LENGTH)
    private String name;

    @Column(nullable = false, updatable = false, length = PhoneNumber.MAX_LENGTH)
    private String phone;

    @Column(nullable = false, updatable = false, length = AccessCode.LENGTH)
    private String code;

    @Column(nullable = false, updatable = false)
    private int arrival;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegistrationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Channel channel;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "promoted_at")
    private Instant promotedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Version
    private long version;

    protected Registration() {
    }

    Registration(long activityId, String name, String phone, String code, int arrival, RegistrationStatus status,
                 Channel channel, Instant registeredAt) {
        this.activityId = activityId;
        this.name = ActivityRules.requireText(name, ActivityRules.NAME_LENGTH, "registration.nameRequired");
        this.phone = new PhoneNumber(phone).value();
        this.code = code;
        this.arrival = arrival;
        this.status = status;
        this.channel = channel;
        this.registeredAt = registeredAt;
    }

    /** Cancels before the start; returns whether a seat came free. */
    boolean cancel(Instant startsAt, Instant now) {
        if (status == RegistrationStatus.CANCELLED) {
            throw ActivityRules.violation("registration.alreadyCancelled");
        }
        if (status == RegistrationStatus.ATTENDED || status == RegistrationStatus.NO_SHOW) {
            throw ActivityRules.violation("registration.cancelAfterCheckIn");
        }
        if (!now.isBefore(startsAt)) {
            throw ActivityRules.violation("registration.cancelAfterStart");
        }
        boolean heldSeat = status == RegistrationStatus.REGISTERED;
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
        return heldSeat;
    }

    void promote(Instant now) {
        status = RegistrationStatus.REGISTERED;
        promotedAt = now;
    }

    void checkIn(Instant now) {
        if (status == RegistrationStatus.ATTENDED) {
            throw ActivityRules.violation("checkIn.already");
        }
        if (status != RegistrationStatus.REGISTERED) {
            throw ActivityRules.violation("checkIn.noSeat");
        }
        status = RegistrationStatus.ATTENDED;
        checkedInAt = now;
    }

    void markNoShow() {
        status = RegistrationStatus.NO_SHOW;
    }

    public PhoneNumber phoneNumber() {
        return new PhoneNumber(phone);
    }

    public Long getId() {
        return id;
    }

    public long getActivityId() {
        return activityId;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public int getArrival() {
        return arrival;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getPromotedAt() {
        return promotedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public long getVersion() {
        return version;
    }
}
