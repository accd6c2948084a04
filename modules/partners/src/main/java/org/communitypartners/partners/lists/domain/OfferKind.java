package org.communitypartners.partners.lists.domain;

/** The two lists a need is matched against. */
public enum OfferKind {
    SERVICE, RESOURCE
}
