/** Volunteer shifts at activities and course sessions, confirmation, and the time-bank rules (rounding, what counts). */
package org.communitypartners.massorg.volunteering.domain;
