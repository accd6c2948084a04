/** JPA storage of the three lists and matches; the migration is db/migration/partners/V4__three_lists.sql. */
package org.communitypartners.partners.lists.infrastructure;
