/** The mass-organisations module's indicators for the dashboard: activities held, participants, volunteer hours. */
package org.communitypartners.massorg.indicators.application;
