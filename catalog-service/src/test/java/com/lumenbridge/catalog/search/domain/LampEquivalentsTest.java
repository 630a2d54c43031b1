package com.lumenbridge.catalog.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LampEquivalentsTest {

    @ParameterizedTest(name = "{0} → {1}–{2} lm")
    @CsvSource({
        "incandescent-25W, 249, 469",
        "incandescent-40W, 470, 805",
        "incandescent-60W, 806, 1054",
        "incandescent-75W, 1055, 1520",
        "incandescent-100W, 1521, 2451",
        "incandescent-200W, 3452, 4488",
        "halogen-42W, 806, 1054",
        "halogen-72W, 1521, 2451",
        "cfl-11W, 806, 1054",
        "cfl-8W, 470, 805",
        "CFL-23W, 1521, 2451"})
    void mapsALampToTheLumenRangeThatMayClaimToReplaceIt(String lamp, long min, long max) {
        assertThat(LampEquivalents.lumensFor(lamp)).contains(new Range(min, max));
    }

    @Test
    void knowsNothingOfLampsOutsideTheTables() {
        assertThat(LampEquivalents.lumensFor("incandescent-65W")).isEmpty();
        assertThat(LampEquivalents.lumensFor("sodium-70W")).isEmpty();
        assertThat(LampEquivalents.lumensFor("60W")).isEmpty();
        assertThat(LampEquivalents.accepted()).contains("incandescent-60W", "halogen-42W", "cfl-11W");
    }

    @Test
    void bandsCoverEveryValueOnce() {
        assertThat(Bands.indexOf(Bands.CCT, 3000)).isZero();
        assertThat(Bands.indexOf(Bands.CCT, 3001)).isEqualTo(1);
        assertThat(Bands.indexOf(Bands.CCT, 6500)).isEqualTo(2);
        assertThat(Bands.indexOf(Bands.CCT, 6501)).isEqualTo(3);
        assertThat(Bands.indexOf(Bands.LUMENS, 806)).isEqualTo(2);
        assertThat(Bands.indexOf(Bands.PRICE, 999)).isZero();
        assertThat(Bands.indexOf(Bands.PRICE, 25_000)).isEqualTo(5);
    }
}
