/** What the property module counts for the dashboard, per compound. */
package org.communitypartners.property.indicators.domain;
