/** Residents' eligibility for lower prices, the categories offers and meal sets price, as plain Java. */
package org.communitypartners.merchants.eligibility.domain;
