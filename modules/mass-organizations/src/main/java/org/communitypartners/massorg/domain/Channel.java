package org.communitypartners.massorg.domain;

/** How a registration arrived: the resident's public page, or staff on their behalf. */
public enum Channel {
    PUBLIC, STAFF
}
