/** Use cases of organisations and members; {@link org.communitypartners.massorg.organisations.application.OrganisationAccess} decides who sees which organisation. */
package org.communitypartners.massorg.organisations.application;
