package org.occuprint.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.occuprint.compose.ProfileComposer;
import org.occuprint.options.PageSize;
import org.occuprint.options.SectionId;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Command-line value converters whose messages say what a valid value looks like. */
final class Converters {
    private Converters() {
    }

    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date like 2022-05-21");
            }
        }
    }

    static final class Zone implements ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new TypeConversionException("'" + value + "' is not a time zone like America/Los_Angeles");
            }
        }
    }

    static final class Section implements ITypeConverter<SectionId> {
        @Override
        public SectionId convert(String value) {
            try {
                return SectionId.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown section '" + value + "' (valid: " + SectionId.validIds() + ")");
            }
        }
    }

    static final class Paper implements ITypeConverter<PageSize> {
        @Override
        public PageSize convert(String value) {
            try {
                return PageSize.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown page size '" + value + "' (valid: letter, a4)");
            }
        }
    }

    static final class Language implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            Locale locale = Locale.forLanguageTag(value.replace('_', '-'));
            if (!ProfileComposer.supports(locale)) {
                throw new TypeConversionException("unsupported locale '" + value + "' (supported: "
                        + String.join(", ", ProfileComposer.supportedLocales().stream().map(Locale::toLanguageTag).toList()) + ")");
            }
            return locale;
        }
    }
}
