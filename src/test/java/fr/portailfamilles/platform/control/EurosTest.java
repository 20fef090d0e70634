package fr.portailfamilles.platform.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Amounts read and written the French way, exactly. */
class EurosTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"8,50|8.50", "8.50|8.50", "' 1 234,5 € '|1234.5", "3,335|3.335", "-1|-1", "10 %|10", "0|0"})
    void typedAmountsKeepEveryDecimal(String typed, String amount) {
        assertEquals(Optional.of(new BigDecimal(amount)), Euros.parse(typed));
    }

    @Test
    void nothingTypedIsNoAmount() {
        assertEquals(Optional.empty(), Euros.parse("  "));
        assertEquals(Optional.empty(), Euros.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vingt", "8,50,2", "1e3", "8.", ",5"})
    void otherTextIsNotAnAmount(String typed) {
        assertThrows(NumberFormatException.class, () -> Euros.parse(typed));
    }

    @Test
    void amountsAreWrittenWithCentsAndNoBreakSpaces() {
        assertEquals("8,50\u00a0€", Euros.format(new BigDecimal("8.5")));
        assertEquals("1\u00a0234\u00a0567,00\u00a0€", Euros.format(new BigDecimal("1234567")));
        assertEquals("-0,10\u00a0€", Euros.format(new BigDecimal("-0.10")));
        assertEquals("1\u00a0210", Euros.whole(1210), "a family quotient, in whole euros, in every language");
        assertEquals("3,335\u00a0€", Euros.format(new BigDecimal("3.335")), "never rounded silently");
        assertEquals("8,5", Euros.typed(new BigDecimal("8.5")));
        assertEquals("1234,50", Euros.typed(new BigDecimal("1234.50")));
    }

    @Test
    void percentagesKeepOnlyTheDecimalsTheyHave() {
        assertEquals("10\u00a0%", Euros.percent(new BigDecimal("10.00")));
        assertEquals("12,5\u00a0%", Euros.percent(new BigDecimal("12.50")));
    }
}
