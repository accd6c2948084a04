/** The GeoReport v2 servlet with its JSON and XML writers, and the screen that issues client keys. */
package org.communitypartners.partners.open311.web;
