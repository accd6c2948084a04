/** What the property module counts for the dashboard, per compound, and its rules: the ledger deadline, pooled compliance. */
package org.communitypartners.property.indicators.domain;
