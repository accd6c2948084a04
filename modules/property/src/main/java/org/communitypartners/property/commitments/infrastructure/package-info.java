/** The JPA repository of commitments, check-ins, photos, ratings and raised orders. */
package org.communitypartners.property.commitments.infrastructure;
