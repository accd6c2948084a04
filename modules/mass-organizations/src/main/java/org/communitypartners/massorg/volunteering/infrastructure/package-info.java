/** JPA repository of volunteer shifts and the time-bank sums. */
package org.communitypartners.massorg.volunteering.infrastructure;
