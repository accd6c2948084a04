/** Use cases of the property register: the transaction boundary, tenancy, roles and audit. */
package org.communitypartners.property.application;
