/** Courses of an organisation by term, their sessions, roster and attendance, with the counting rule as plain Java. */
package org.communitypartners.massorg.courses.domain;
