/** Use cases of courses: plan a term, add sessions, enrol people, take attendance; scope through the organisation. */
package org.communitypartners.massorg.courses.application;
