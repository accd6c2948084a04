/** The partners module's indicators (work orders, complaints, satisfaction, partners, unmatched needs) for the dashboard. */
package org.communitypartners.partners.indicators.application;
