package org.communitypartners.partners.lists.domain;

import java.time.ZoneId;

/** A need, resource or service: numbered with a code people quote once the database gave its id. */
public interface ListEntry {

    /** Gives the code (prefix-year-id) once the id is known. */
    void number(ZoneId zone);
}
