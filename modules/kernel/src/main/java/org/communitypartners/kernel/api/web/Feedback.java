package org.communitypartners.kernel.api.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.util.Locale;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.PrintFontMissing;
import org.communitypartners.kernel.api.RuleViolation;

/**
 * Turns outcomes of use cases into messages on the page, in the viewer's language. Pages call
 * {@link #attempt} so a broken rule or a concurrent edit shows a message instead of an error page.
 */
@ApplicationScoped
public class Feedback {

    /**
     * Runs an action; reports a broken rule, a lost race or a server that cannot print as an
     * error message. Returns whether it succeeded.
     */
    public boolean attempt(Runnable action, String successKey, Object... arguments) {
        return attemptIn(KernelBundle.NAME, action, successKey, arguments);
    }

    /** The same, with the success message from a module's own bundle. */
    public boolean attemptIn(String bundle, Runnable action, String successKey, Object... arguments) {
        try {
            action.run();
            if (successKey != null) {
                add(FacesMessage.SEVERITY_INFO, KernelBundle.format(bundle, locale(), successKey, arguments));
            }
            return true;
        } catch (RuntimeException e) {
            RuleViolation violation = find(e, RuleViolation.class);
            if (violation != null) {
                add(FacesMessage.SEVERITY_ERROR, KernelBundle.format(violation, locale()));
            } else if (find(e, OptimisticLockException.class) != null) {
                error("common.concurrentEdit");
            } else if (find(e, PrintFontMissing.class) != null) {
                error("print.fontMissing");
            } else {
                throw e;
            }
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, KernelBundle.format(KernelBundle.NAME, locale(), key, arguments));
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, KernelBundle.format(KernelBundle.NAME, locale(), key, arguments));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** EJBs wrap exceptions; the rule that broke may lie several causes deep. */
    public static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
