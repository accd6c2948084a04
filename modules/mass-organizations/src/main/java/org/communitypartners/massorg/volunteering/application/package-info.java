/** Use cases of volunteering: record a shift, the organiser confirms or rejects it, the time bank and the certificate's data. */
package org.communitypartners.massorg.volunteering.application;
