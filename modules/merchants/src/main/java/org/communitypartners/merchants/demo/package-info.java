/** The merchants module's share of the Guangling demo: the library, caring marks, offers, eligible residents and two years of redemptions. */
package org.communitypartners.merchants.demo;
