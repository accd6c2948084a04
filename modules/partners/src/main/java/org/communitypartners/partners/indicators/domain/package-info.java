/** What the partners module counts for the dashboard: tallies of work orders, needs and partners per unit and period. */
package org.communitypartners.partners.indicators.domain;
