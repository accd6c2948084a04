/** Use cases of fees and bills: the transaction boundary, tenancy, roles and audit; the public fee notice. */
package org.communitypartners.property.fees.application;
