/** The UI shell, kernel admin screens, servlet filters and kernel REST resources. */
package org.communitypartners.kernel.web;
