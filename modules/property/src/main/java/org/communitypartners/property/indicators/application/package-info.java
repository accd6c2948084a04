/** The property module's indicators for the dashboard: households, fee collection, ledgers on time, commitment compliance. */
package org.communitypartners.property.indicators.application;
