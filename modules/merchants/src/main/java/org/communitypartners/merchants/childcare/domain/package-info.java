/** Child-care stations (带娃驿站): stations, sessions, guardians' bookings and the volunteer rota, with their rules as plain Java. */
package org.communitypartners.merchants.childcare.domain;
