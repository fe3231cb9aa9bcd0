package org.occuprint.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A JSON tree that remembers where each value stood, so that problems found while binding can name the
 * line and column. Parsing is Jackson's; this only keeps the locations that Jackson's own tree drops.
 */
final class JsonTree {
    private JsonTree() {
    }

    record Pos(int line, int column) {
        static Pos of(JsonLocation location) {
            return new Pos(location.getLineNr(), location.getColumnNr());
        }
    }

    sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
        Pos pos();

        /** What kind of value this is, for messages: "an object", "text" ... */
        String describe();
    }

    record Field(String name, Pos pos, Node value) {
    }

    record Obj(Pos pos, Map<String, Field> fields, List<Field> duplicates) implements Node {
        @Override
        public String describe() {
            return "an object";
        }
    }

    record Arr(Pos pos, List<Node> items) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    record Str(Pos pos, String value) implements Node {
        @Override
        public String describe() {
            return "text";
        }
    }

    record Num(Pos pos, BigDecimal value) implements Node {
        @Override
        public String describe() {
            return "a number";
        }
    }

    record Bool(Pos pos, boolean value) implements Node {
        @Override
        public String describe() {
            return "true/false";
        }
    }

    record Null(Pos pos) implements Node {
        @Override
        public String describe() {
            return "null";
        }
    }

    /** Reads one value; the parser must be positioned on its first token. */
    static Node read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        Pos pos = Pos.of(p.currentTokenLocation());
        switch (t) {
            case START_OBJECT: {
                Map<String, Field> fields = new LinkedHashMap<>();
                List<Field> duplicates = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Pos namePos = Pos.of(p.currentTokenLocation());
                    p.nextToken();
                    Field f = new Field(name, namePos, read(p));
                    if (fields.putIfAbsent(name, f) != null) {
                        duplicates.add(f);
                    }
                }
                return new Obj(pos, fields, duplicates);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p));
                }
                return new Arr(pos, items);
            }
            case VALUE_STRING:
                return new Str(pos, p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Num(pos, number(p));
            case VALUE_TRUE:
                return new Bool(pos, true);
            case VALUE_FALSE:
                return new Bool(pos, false);
            case VALUE_NULL:
                return new Null(pos);
            default:
                throw new IllegalStateException("Unexpected JSON token " + t);
        }
    }

    /** Digits a profile's number may have before and after the point: every figure fits with room to spare. */
    static final int MAX_INTEGER_DIGITS = 18;
    static final int MAX_FRACTION_DIGITS = 12;

    /**
     * The number at the parser, refused when it has more digits before or after the point than any figure of a
     * profile can (so that {@code 1e999999999} is refused here, and never printed out in full later).
     */
    private static BigDecimal number(JsonParser p) throws IOException {
        BigDecimal v;
        try {
            v = p.getDecimalValue();
        } catch (NumberFormatException e) {
            throw new JsonParseException(p, "a number out of range: " + abbreviated(p.getText()));
        }
        BigDecimal t = v.stripTrailingZeros();
        if (t.precision() - t.scale() > MAX_INTEGER_DIGITS || t.scale() > MAX_FRACTION_DIGITS
                || Math.abs(v.scale()) > 100) {
            throw new JsonParseException(p, "a number out of range (at most " + MAX_INTEGER_DIGITS + " digits before"
                    + " the point and " + MAX_FRACTION_DIGITS + " after): " + abbreviated(p.getText()));
        }
        return v;
    }

    private static String abbreviated(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }
}
