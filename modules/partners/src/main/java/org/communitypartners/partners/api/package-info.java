/**
 * What the partner-kind modules may use of the partners module: partner kinds and statuses,
 * the categories of the three lists, and the event of a confirmed match.
 */
package org.communitypartners.partners.api;
