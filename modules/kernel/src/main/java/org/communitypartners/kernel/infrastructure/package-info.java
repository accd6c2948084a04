/** JPA repositories, Flyway migrations, the identity store and the once-per-cluster job lock. */
package org.communitypartners.kernel.infrastructure;
