package org.communitypartners.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the application; tests of rules pass their own. */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
