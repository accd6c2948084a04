/**
 * Open311 GeoReport v2 under {@code /open311/v2}: the public face of the work-order loop for
 * third-party apps, with API keys issued per client and subdistrict (jurisdiction).
 */
package org.communitypartners.partners.open311;
