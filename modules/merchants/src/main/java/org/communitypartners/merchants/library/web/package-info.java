/** The staff library and coverage screens, REST under /api/v1/merchants, and residents' public nearby page and JSON. */
package org.communitypartners.merchants.library.web;
