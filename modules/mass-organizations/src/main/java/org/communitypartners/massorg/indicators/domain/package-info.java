/** What the mass-organisations module counts for the dashboard: activities, participants and volunteer time per community. */
package org.communitypartners.massorg.indicators.domain;
