package org.occuprint.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.occuprint.testing.Fixtures;

class RenderOptionsTest {
    private static RenderOptions.Builder base() {
        return RenderOptions.builder().printedOn(Fixtures.PRINT_DATE);
    }

    @Test
    void toBuilderThenBuildGivesEqualOptions() {
        RenderOptions o = base().areas(List.of("CBSA-40140", "US")).omit(SectionId.TECHNOLOGY).agency("EDD")
                .office("Riverside\n(951)").note("Ask Ana").largePrint(true).pageSize(PageSize.A4)
                .detail(Detail.SUMMARY).logo(Logo.of(Fixtures.logo())).build();
        RenderOptions again = o.toBuilder().build();
        assertThat(again).isEqualTo(o).hasSameHashCodeAs(o);
        assertThat(again.fingerprint()).isEqualTo(o.fingerprint()).hasSize(64);
    }

    @Test
    void everyOptionChangesTheFingerprint() {
        RenderOptions o = base().build();
        List<RenderOptions> changed = List.of(
                o.toBuilder().locale(Locale.CANADA).build(),
                o.toBuilder().printedOn(LocalDate.of(2022, 5, 22)).build(),
                o.toBuilder().pageSize(PageSize.A4).build(),
                o.toBuilder().areas(List.of("US")).build(),
                o.toBuilder().omit(SectionId.WAGES).build(),
                o.toBuilder().detail(Detail.SUMMARY).build(),
                o.toBuilder().agency("EDD").build(),
                o.toBuilder().office("Office").build(),
                o.toBuilder().logo(Logo.of(Fixtures.logo())).build(),
                o.toBuilder().note("A note").build(),
                o.toBuilder().largePrint(true).build());
        assertThat(changed).allSatisfy(c -> assertThat(c.fingerprint()).isNotEqualTo(o.fingerprint()));
        assertThat(changed.stream().map(RenderOptions::fingerprint).distinct()).hasSize(changed.size());
    }

    @Test
    void theNoteNeverReachesToString() {
        RenderOptions o = base().note("Ana Lopez, case 4411").build();
        assertThat(o.toString()).doesNotContain("Ana").contains("note=(20 characters)");
    }

    @Test
    void badAreasNameTheOption() {
        assertThatThrownBy(() -> base().areas(List.of("US", "California")).build())
                .isInstanceOfSatisfying(InvalidOptionException.class, e -> assertThat(e.field()).contains("areas"))
                .hasMessage("The area id 'California' is not valid (expected US, ST-NN, CBSA-NNNNN, CO-NNNNN or RG-NAME).");
        assertThatThrownBy(() -> base().areas(List.of("US", "US")).build())
                .isInstanceOf(InvalidOptionException.class).hasMessage("The areas [US, US] repeat an id.");
    }

    @Test
    void blankTextOptionsMeanNone() {
        RenderOptions o = base().agency(" ").office("").note("\n").build();
        assertThat(o.agency()).isEmpty();
        assertThat(o.office()).isEmpty();
        assertThat(o.note()).isEmpty();
    }

    @Test
    void aLogoThatIsNotAnImageIsAnInvalidOption() {
        assertThatThrownBy(() -> Logo.of("GIF89a not really".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(InvalidOptionException.class, e -> assertThat(e.field()).contains("logo"))
                .hasMessage("The logo is neither a PNG nor a JPEG image.");
    }

    @Test
    void anOnlineProfileThatIsNotAWebAddressIsRefused() {
        assertThatThrownBy(() -> RenderOptions.builder()
                .onlineProfile("javascript:alert(1)/{code}").build())
                .isInstanceOfSatisfying(InvalidOptionException.class, e -> assertThat(e.field()).contains("onlineProfile"))
                .hasMessageContaining("is not an http or https address");
        assertThat(RenderOptions.builder().build().onlineProfile()).contains(RenderOptions.DEFAULT_ONLINE_PROFILE);
        assertThat(RenderOptions.builder().onlineProfile(" ").build().onlineProfile()).isEmpty();
        assertThat(RenderOptions.builder().charts(false).build().fingerprint())
                .isNotEqualTo(RenderOptions.builder().build().fingerprint());
    }

    @Test
    void anOnlineProfileTooLongForAPrintedQrCodeIsRefused() {
        String longest = "https://example.org/" + "a".repeat(RenderOptions.ONLINE_PROFILE_MAX_LENGTH - 26) + "{code}";
        assertThat(RenderOptions.builder().onlineProfile(longest).build().onlineProfile()).contains(longest);
        assertThatThrownBy(() -> RenderOptions.builder().onlineProfile(longest + "b").build())
                .isInstanceOfSatisfying(InvalidOptionException.class, e -> assertThat(e.field()).contains("onlineProfile"))
                .hasMessage("The online profile address is 1001 characters long; a printed QR code holds at most 1000.");
    }
}
