/** The JPA repository of fee items, rates, bills and payments. */
package org.communitypartners.property.fees.infrastructure;
