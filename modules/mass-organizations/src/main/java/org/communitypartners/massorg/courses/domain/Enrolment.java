package org.communitypartners.massorg.courses.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.massorg.organisations.domain.Rules;

/** A member or another resident on a course's roster. */
@Entity
@Table(name = "mo_enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "member_id", updatable = false)
    private Long memberId;

    @Column(nullable = false, length = Rules.NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = PhoneNumber.MAX_LENGTH)
    private String phone;

    @Column(name = "enrolled_on", nullable = false, updatable = false)
    private LocalDate enrolledOn;

    @Version
    private long version;

    protected Enrolment() {
    }

    public Enrolment(long courseId, Long memberId, String name, String phone, LocalDate enrolledOn) {
        this.courseId = courseId;
        this.memberId = memberId;
        this.name = Rules.requireText(name, Rules.NAME_LENGTH, "member.nameRequired");
        this.phone = Rules.requirePhone(phone);
        this.enrolledOn = enrolledOn;
    }

    public PhoneNumber phoneNumber() {
        return new PhoneNumber(phone);
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public long getVersion() {
        return version;
    }
}
