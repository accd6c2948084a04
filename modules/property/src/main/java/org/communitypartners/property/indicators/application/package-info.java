/** The property module's indicators for the dashboard: households on the register. */
package org.communitypartners.property.indicators.application;
