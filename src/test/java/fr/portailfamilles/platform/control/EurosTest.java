package fr.portailfamilles.platform.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Amounts as French people write them, with no-break spaces that keep them whole on a line and in a PDF. */
class EurosTest {

    @Test
    void amountsHaveTwoDecimalsAGroupedThousandAndTheEuroSignAfter() {
        assertEquals("1\u00a0234,50\u00a0€", Euros.format(new BigDecimal("1234.5")));
        assertEquals("0,00\u00a0€", Euros.format(BigDecimal.ZERO));
        assertEquals("-36,60\u00a0€", Euros.format(new BigDecimal("-36.60")));
        assertEquals("1\u00a0000\u00a0000,01\u00a0€", Euros.format(new BigDecimal("1000000.005")), "half-up to the cent");
        assertEquals("", Euros.format(null));
    }

    @Test
    void percentagesKeepOnlyTheDecimalsTheyHave() {
        assertEquals("10\u00a0%", Euros.percent(new BigDecimal("10.00")));
        assertEquals("12,5\u00a0%", Euros.percent(new BigDecimal("12.50")));
    }
}
