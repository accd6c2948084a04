package org.communitypartners.massorg.courses.domain;

/** What a course teaches. */
public enum CourseKind {
    CHORUS, VOCAL_MUSIC, CALLIGRAPHY_PAINTING, OPERA, DANCE, MOTHERS_CLASS, OTHER
}
