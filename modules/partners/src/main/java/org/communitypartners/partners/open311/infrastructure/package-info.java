/** JPA access for Open311: client keys, and the public reads of orders and their timelines. */
package org.communitypartners.partners.open311.infrastructure;
