/** The grouped SQL behind the partners module's indicators. */
package org.communitypartners.partners.indicators.infrastructure;
