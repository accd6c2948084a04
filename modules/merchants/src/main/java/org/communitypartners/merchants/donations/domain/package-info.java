/** Donations to communities: donor, items, placements at key points with inspections and expiry, and the expiry rule. */
package org.communitypartners.merchants.donations.domain;
