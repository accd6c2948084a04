/** The import's rules as plain Java: the sheet's columns, the checks of every cell and row, the plan to write. */
package org.communitypartners.property.registerimport.domain;
