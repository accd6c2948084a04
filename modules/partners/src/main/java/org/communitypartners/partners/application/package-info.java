/** Partner use cases; every public method checks the caller's role, scope and the module switch. */
package org.communitypartners.partners.application;
