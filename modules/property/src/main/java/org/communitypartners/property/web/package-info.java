/** The property register's screen and REST resource. */
package org.communitypartners.property.web;
