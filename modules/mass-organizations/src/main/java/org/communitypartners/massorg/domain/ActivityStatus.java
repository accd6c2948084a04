package org.communitypartners.massorg.domain;

public enum ActivityStatus {
    SCHEDULED, CANCELLED
}
