/** Where the ledger is kept: JPA over the property module's persistence unit. */
package org.communitypartners.property.ledger.infrastructure;
