/** JPA repository of courses, sessions, rosters and attendance. */
package org.communitypartners.massorg.courses.infrastructure;
