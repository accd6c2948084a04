/** Benefit offers with prices per eligibility category and a monthly quota, redemptions and their figures, as plain Java. */
package org.communitypartners.merchants.offers.domain;
