/**
 * Importing a compound's buildings, units and owners from an Excel (.xlsx) file: checked whole
 * first, written all or nothing. Its own feature package because it has its own file format,
 * background job and report; it writes the register's own entities under the register's rules.
 */
package org.communitypartners.property.registerimport;
