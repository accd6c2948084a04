/** Services of benefit offers: merchants keep their offers, redeem residents' codes under the quota, and staff read the figures. */
package org.communitypartners.merchants.offers.application;
