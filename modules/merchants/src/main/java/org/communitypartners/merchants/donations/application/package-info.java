/** Donation use cases: staff record donations, placements and inspections; the daily expiry reminders; the public thanks list. */
package org.communitypartners.merchants.donations.application;
