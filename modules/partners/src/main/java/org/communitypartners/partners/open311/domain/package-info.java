/** Open311 rules as plain Java: API keys, the date window, status and time formats, the nearest community. */
package org.communitypartners.partners.open311.domain;
