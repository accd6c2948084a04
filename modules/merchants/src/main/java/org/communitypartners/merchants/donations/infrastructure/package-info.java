/** JPA repository of donations, placements, inspections and reminders. */
package org.communitypartners.merchants.donations.infrastructure;
