/** JPA repository of the child-care stations, with the session row lock that holds capacity. */
package org.communitypartners.merchants.childcare.infrastructure;
