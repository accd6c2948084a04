package org.communitypartners.property.ledger.web;

/**
 * A further section of a compound's public bulletin, contributed by another feature of the
 * module (the fee collection rate, service-commitment compliance): a CDI bean implementing this
 * is picked up by the bulletin page with no change to it. The facelet is included after the
 * ledger's own sections with the parameters {@code compoundId} (Long), {@code compoundCode} and
 * {@code quarter} (the quarter shown, such as {@code 2026Q3}), and must answer without sign-in.
 */
public interface BulletinSection {

    /** Where the section stands among the others: lower first. */
    int order();

    /** The facelet to include, e.g. {@code /WEB-INF/property/bulletin-collection.xhtml}. */
    String facelet();
}
