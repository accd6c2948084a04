package org.communitypartners.kernel.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.communitypartners.kernel.application.KernelSettings;

/** Signs people out after the configured idle time (default 10 minutes). */
@WebListener
public class SessionIdleTimeout implements HttpSessionListener {

    @Inject
    KernelSettings settings;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(settings.sessionIdleMinutes() * 60);
    }
}
