/** JPA repositories, the owner-key settings and Flyway migrations of the property module. */
package org.communitypartners.property.infrastructure;
