/** JPA repositories and Flyway migrations of the partners module. */
package org.communitypartners.partners.infrastructure;
