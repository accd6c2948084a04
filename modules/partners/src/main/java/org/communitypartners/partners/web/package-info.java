/** The partner registry's screens and REST resources. */
package org.communitypartners.partners.web;
