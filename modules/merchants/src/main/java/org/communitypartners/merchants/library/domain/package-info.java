/** Merchant profiles, services, opening hours and the 15-minute circle's geometry and coverage rules, as plain Java. */
package org.communitypartners.merchants.library.domain;
