/**
 * The three lists (三项清单) as plain Java: needs, partners' resources and services, where they
 * are and when they are available, how offers are ranked for a need, and confirmed matches.
 */
package org.communitypartners.partners.lists.domain;
