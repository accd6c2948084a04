package org.communitypartners.kernel.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.communitypartners.kernel.api.KernelBundle;

/** The viewer's language: Chinese first, English on request, kept for the session. */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {
    private static final long serialVersionUID = 1L;

    private Locale locale = KernelBundle.CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isChinese() {
        return locale.getLanguage().equals("zh");
    }

    public String getHtmlLang() {
        return isChinese() ? "zh-CN" : "en";
    }

    /** Switches between Chinese and English and reloads the page in the other language. */
    public void toggle() {
        locale = isChinese() ? KernelBundle.ENGLISH : KernelBundle.CHINESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
