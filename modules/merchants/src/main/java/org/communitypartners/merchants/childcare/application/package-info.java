/** Child-care use cases: staff and the three partners keep stations, sessions and the rota; guardians book without an account. */
package org.communitypartners.merchants.childcare.application;
