/** The grouped SQL behind the mass-organisations module's indicators. */
package org.communitypartners.massorg.indicators.infrastructure;
