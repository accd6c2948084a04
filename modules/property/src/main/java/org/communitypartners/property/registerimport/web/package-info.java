/** The import panel of the register screen and the import's REST resource. */
package org.communitypartners.property.registerimport.web;
