/** Reading .xlsx files with POI's streaming reader, writing the template, and writing an import plan with JPA. */
package org.communitypartners.property.registerimport.infrastructure;
