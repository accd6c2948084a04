/** Helpers every module's screens share: messages from use cases, lazy lists. */
package org.communitypartners.kernel.api.web;
