/** Fee items, rates, bills and payments as plain Java rules with their JPA entities, and where they are kept. */
package org.communitypartners.property.fees.domain;
