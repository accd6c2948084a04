package org.communitypartners.partners.lists.domain;

/** How soon a need should be met, least urgent first. */
public enum Urgency {
    LOW, NORMAL, HIGH, URGENT
}
