/** The staff fee screen, the public fee notice page and JSON, and the fees REST resource. */
package org.communitypartners.property.fees.web;
