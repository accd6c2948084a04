/** Use cases of owner votes and owner accounts: the transaction boundary, tenancy, roles and audit. */
package org.communitypartners.property.votes.application;
