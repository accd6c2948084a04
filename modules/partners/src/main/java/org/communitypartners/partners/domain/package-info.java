/** Partners' rules in plain Java: credit codes, the partner lifecycle, agreements. */
package org.communitypartners.partners.domain;
