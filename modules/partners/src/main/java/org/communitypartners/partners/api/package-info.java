/** What the partner-kind modules may use of the partners module: partner kinds and statuses. */
package org.communitypartners.partners.api;
