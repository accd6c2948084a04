/** The property register as plain Java: compounds' service contracts, buildings, units, owners and their rules. */
package org.communitypartners.property.domain;
