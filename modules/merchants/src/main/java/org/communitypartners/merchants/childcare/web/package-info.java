/** Child-care screens for staff and partners, the guardians' public booking page and the REST resource. */
package org.communitypartners.merchants.childcare.web;
