package org.occuprint.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** The search API's answer: {@code [{"code": …, "title": …, "brightOutlook": …}]}, best match first. */
final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    static String hits(List<DeskServer.Hit> hits) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartArray();
            for (DeskServer.Hit h : hits) {
                g.writeStartObject();
                g.writeStringField("code", h.code());
                g.writeStringField("title", h.title());
                if (!h.brightOutlook().isEmpty()) {
                    g.writeStringField("brightOutlook", h.brightOutlook());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
