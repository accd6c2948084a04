/** The grouped SQL behind the property module's indicators. */
package org.communitypartners.property.indicators.infrastructure;
