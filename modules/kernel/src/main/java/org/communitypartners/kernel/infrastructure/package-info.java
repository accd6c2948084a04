/** JPA repositories, Flyway migrations, the database readiness check and the once-per-cluster job lease. */
package org.communitypartners.kernel.infrastructure;
