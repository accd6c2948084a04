/** Staff screen and REST for courses, sessions, rosters and attendance. */
package org.communitypartners.massorg.courses.web;
