package org.occuprint.web;

import java.util.Locale;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The desk's pages: Thymeleaf templates under {@code org/occuprint/web/templates/}, every value escaped. */
final class Pages {
    private final TemplateEngine engine = new TemplateEngine();

    Pages() {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver(Pages.class.getClassLoader());
        r.setPrefix("org/occuprint/web/templates/");
        r.setSuffix(".html");
        r.setTemplateMode(TemplateMode.HTML);
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true);
        engine.setTemplateResolver(r);
    }

    String render(String template, Map<String, Object> vars) {
        Context c = new Context(Locale.US);
        c.setVariables(vars);
        return engine.process(template, c);
    }
}
