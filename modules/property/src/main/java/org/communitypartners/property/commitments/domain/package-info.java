/** Commitments as plain Java: the items and their check-ins, ratings and orders, and the compliance rule. */
package org.communitypartners.property.commitments.domain;
