/** JPA repository of the merchant library on the module's persistence unit; its Flyway migrations live in db/migration/merchants. */
package org.communitypartners.merchants.library.infrastructure;
