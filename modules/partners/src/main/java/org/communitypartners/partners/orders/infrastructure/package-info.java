/** Work orders in the database (the only place with an EntityManager). */
package org.communitypartners.partners.orders.infrastructure;
