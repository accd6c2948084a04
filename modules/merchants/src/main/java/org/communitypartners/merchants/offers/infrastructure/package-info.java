/** JPA repository of offers and redemptions, with the native aggregates of their figures. */
package org.communitypartners.merchants.offers.infrastructure;
