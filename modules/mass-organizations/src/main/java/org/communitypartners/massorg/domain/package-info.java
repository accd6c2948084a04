/** Activities, registrations and their rules (capacity, waitlist, windows, check-in) as plain Java. */
package org.communitypartners.massorg.domain;
