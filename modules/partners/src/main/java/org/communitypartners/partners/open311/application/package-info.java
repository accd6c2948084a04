/** Open311 use cases: the public desk (services, requests, updates) and the administration of client keys. */
package org.communitypartners.partners.open311.application;
