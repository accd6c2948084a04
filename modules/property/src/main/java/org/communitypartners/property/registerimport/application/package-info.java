/** The import use case: tenancy and roles, the background job with its progress, the one transaction, the audit. */
package org.communitypartners.property.registerimport.application;
