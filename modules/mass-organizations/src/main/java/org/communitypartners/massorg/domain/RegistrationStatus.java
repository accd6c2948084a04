package org.communitypartners.massorg.domain;

/** registered or waitlisted → cancelled; registered → attended (checked in) or no-show (after the end). */
public enum RegistrationStatus {
    REGISTERED, WAITLISTED, CANCELLED, ATTENDED, NO_SHOW;

    /** Holds a seat. */
    public boolean seated() {
        return this == REGISTERED || this == ATTENDED;
    }
}
