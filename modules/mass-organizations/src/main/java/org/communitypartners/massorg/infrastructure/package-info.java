/** JPA repositories of the module's persistence unit; its Flyway migrations live in db/migration/mass-organizations. */
package org.communitypartners.massorg.infrastructure;
