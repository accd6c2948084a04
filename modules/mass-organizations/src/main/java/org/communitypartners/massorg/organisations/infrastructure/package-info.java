/** JPA repository of organisations and members in the module's persistence unit. */
package org.communitypartners.massorg.organisations.infrastructure;
