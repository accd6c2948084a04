/** The three lists' screen (partners/lists.xhtml) and REST resources under /api/v1/partners/{needs,resources,services,gaps}. */
package org.communitypartners.partners.lists.web;
