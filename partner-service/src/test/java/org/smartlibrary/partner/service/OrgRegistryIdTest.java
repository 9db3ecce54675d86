package org.smartlibrary.partner.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organisation registry ids: shape, per-registry rules and the canonical form. Every check digit below was worked
 * out by hand from the registry's published algorithm (the sums are in the comments), not by running the code.
 */
class OrgRegistryIdTest {

    // ---- US-EIN: 9 digits NN-NNNNNNN, prefix from the IRS list, no checksum

    @Test
    void einIsKeptWithItsDash() {
        OrgRegistryId id = OrgRegistryId.parse("US-EIN-53-0196605");
        assertEquals("US-EIN", id.scheme());
        assertEquals("53-0196605", id.number());
        assertEquals("US-EIN-53-0196605", id.value());
    }

    @Test
    void einWithoutDashGetsTheDash() {
        assertEquals("US-EIN-53-0196605", OrgRegistryId.parse("US-EIN-530196605").value());
    }

    /** The IRS table of valid prefixes by campus (Internet and SBA included); every other prefix is refused. */
    @Test
    void everyPrefixTheIrsAssignsIsAcceptedAndNoOther() {
        List<String> byCampus = List.of(
                "10 12", // Andover
                "60 67", // Atlanta
                "50 53", // Austin
                "01 02 03 04 05 06 11 13 14 16 21 22 23 25 34 51 52 54 55 56 57 58 59 65", // Brookhaven
                "30 32 35 36 37 38 61", // Cincinnati
                "15 24", // Fresno
                "40 44", // Kansas City
                "94 95", // Memphis
                "80 90", // Ogden
                // Philadelphia
                "33 39 41 42 43 46 48 62 63 64 66 68 71 72 73 74 75 76 77 81 82 83 84 85 86 87 88 91 92 93 98 99",
                "20 26 27 45 46 47 81 82 83 84 85 86 87 88 92 93 99", // Internet
                "31"); // Small Business Administration
        Set<String> assigned = new TreeSet<>();
        byCampus.forEach(line -> assigned.addAll(List.of(line.split(" "))));
        List<String> refused = new ArrayList<>();
        for (int prefix = 0; prefix < 100; prefix++) {
            String two = String.format("%02d", prefix);
            String raw = "US-EIN-" + two + "-1234567";
            if (assigned.contains(two)) {
                assertEquals(raw, OrgRegistryId.parse(raw).value());
            } else {
                refused.add(two);
                assertThrows(IllegalArgumentException.class, () -> OrgRegistryId.parse(raw), raw);
            }
        }
        assertEquals(List.of("00", "07", "08", "09", "17", "18", "19", "28", "29", "49", "69", "70", "78", "79", "89",
                "96", "97"), refused);
    }

    @Test
    void einWithUnassignedPrefixSaysSo() {
        assertMessage("US-EIN-07-1234567", "US-EIN 07-1234567 starts with 07, a prefix the IRS does not assign");
        assertMessage("US-EIN-000000000", "US-EIN 00-0000000 starts with 00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"US-EIN-12-345678", "US-EIN-12-34567890", "US-EIN-123-456789", "US-EIN-12 3456789",
            "US-EIN-12-345678A", "US-EIN-12--3456789"})
    void einNotWrittenAsNineDigitsIsRefused(String raw) {
        assertMessage(raw, "US-EIN number must be 9 digits written 12-3456789");
    }

    // ---- GB-CHC and GB-COH: lengths only

    @Test
    void charityNumbersHaveSixOrSevenDigits() {
        assertEquals("GB-CHC-279417", OrgRegistryId.parse("GB-CHC-279417").value());
        assertEquals("GB-CHC-1090095", OrgRegistryId.parse("gb-chc-1090095").value());
        assertMessage("GB-CHC-27941", "GB-CHC number must be the charity number of 6 or 7 digits");
        assertMessage("GB-CHC-10900951", "GB-CHC number must be the charity number of 6 or 7 digits");
        assertMessage("GB-CHC-109009A", "GB-CHC number must be the charity number of 6 or 7 digits");
    }

    @Test
    void companyNumbersAreEightDigitsOrTwoLettersAndSixDigits() {
        assertEquals("GB-COH-09506232", OrgRegistryId.parse("GB-COH-09506232").value());
        assertEquals("GB-COH-SC123456", OrgRegistryId.parse("GB-COH-SC123456").value());
        assertEquals("GB-COH-SC123456", OrgRegistryId.parse("GB-COH-sc123456").value());
        assertMessage("GB-COH-SC12345", "GB-COH number must be 8 characters");
        assertMessage("GB-COH-S1234567", "GB-COH number must be 8 characters");
        assertMessage("GB-COH-095062321", "GB-COH number must be 8 characters");
        assertMessage("GB-COH-445790", "write the leading zeros, e.g. 00445790");
    }

    // ---- NL-KVK: 8 digits

    @Test
    void kvkNumbersHaveEightDigits() {
        assertEquals("NL-KVK-41202535", OrgRegistryId.parse("NL-KVK-41202535").value());
        assertMessage("NL-KVK-4120253", "NL-KVK number must be 8 digits");
        assertMessage("NL-KVK-412025351", "NL-KVK number must be 8 digits");
    }

    // ---- NO-BRC: 9 digits, mod 11 with weights 3,2,7,6,5,4,3,2

    /**
     * 974760673: 9·3+7·2+4·7+7·6+6·5+0·4+6·3+7·2 = 27+14+28+42+30+0+18+14 = 173; 173 = 15·11 + 8; 11 - 8 = 3.
     * 894961902: 24+18+28+54+30+4+27+0 = 185 = 16·11 + 9; 11 - 9 = 2.
     * 972417920: 27+14+14+24+5+28+27+4 = 143 = 13·11, remainder 0, so the check digit is 0.
     */
    @Test
    void organisasjonsnummerWithMatchingCheckDigitIsAccepted() {
        assertEquals("NO-BRC-974760673", OrgRegistryId.parse("NO-BRC-974760673").value());
        assertEquals("NO-BRC-894961902", OrgRegistryId.parse("NO-BRC-894961902").value());
        assertEquals("NO-BRC-972417920", OrgRegistryId.parse("NO-BRC-972417920").value());
    }

    @Test
    void organisasjonsnummerWrittenInGroupsLosesTheSpaces() {
        assertEquals("NO-BRC-974760673", OrgRegistryId.parse("NO-BRC-974 760 673").value());
    }

    /** 12345678: 3+4+21+24+25+24+21+16 = 138 = 12·11 + 6, check digit 5, so 123456789 is wrong. */
    @Test
    void organisasjonsnummerWithWrongCheckDigitIsRefused() {
        assertMessage("NO-BRC-123456789", "check digit does not match for NO-BRC 123456789");
        assertMessage("NO-BRC-974760674", "check digit does not match for NO-BRC 974760674");
        assertEquals("NO-BRC-123456785", OrgRegistryId.parse("NO-BRC-123456785").value());
    }

    /** 97476069: 27+14+28+42+30+0+18+18 = 177 = 16·11 + 1; the check digit would be 10, so no digit fits. */
    @Test
    void organisasjonsnummerWhoseCheckDigitWouldBeTenIsRefused() {
        for (int last = 0; last <= 9; last++) {
            assertMessage("NO-BRC-97476069" + last, "no check digit fits its first 8 digits");
        }
    }

    @Test
    void organisasjonsnummerOfWrongLengthIsRefused() {
        assertMessage("NO-BRC-97476067", "NO-BRC number must be the 9-digit organisasjonsnummer");
        assertMessage("NO-BRC-9747606731", "NO-BRC number must be the 9-digit organisasjonsnummer");
    }

    // ---- AU-ABN: 11 digits, first digit less 1, weights 10,1,3,...,19, sum a multiple of 89

    /**
     * 51 824 753 556 → 41824753556: 40+1+24+10+28+63+55+39+75+85+114 = 534 = 6·89.
     * 52 093 617 380 → 42093617380: 40+2+0+45+21+54+11+91+45+136+0 = 445 = 5·89.
     */
    @Test
    void abnWithMatchingCheckDigitsIsAcceptedWithoutSpaces() {
        OrgRegistryId id = OrgRegistryId.parse("AU-ABN-51 824 753 556");
        assertEquals("51824753556", id.number());
        assertEquals("AU-ABN-51824753556", id.value());
        assertEquals("AU-ABN-52093617380", OrgRegistryId.parse("AU-ABN-52093617380").value());
    }

    /** 51 824 753 557 adds 19 to 534: 553 = 6·89 + 19. Swapping 51 → 15: 0·10+5·1 instead of 40+1 gives 498. */
    @Test
    void abnWithWrongCheckDigitsIsRefused() {
        assertMessage("AU-ABN-51 824 753 557", "check digits do not match for AU-ABN 51824753557");
        assertMessage("AU-ABN-15 824 753 556", "check digits do not match for AU-ABN 15824753556");
    }

    @Test
    void abnStartingWithZeroOrOfWrongLengthIsRefused() {
        assertMessage("AU-ABN-01 824 753 556", "AU-ABN 01824753556 starts with 0");
        assertMessage("AU-ABN-51 824 753 55", "AU-ABN number must be 11 digits");
        assertMessage("AU-ABN-51.824.753.556", "AU-ABN number must be 11 digits");
    }

    // ---- BE-BCE_KBO: 10 digits, last two = 97 - (first eight mod 97)

    /**
     * 0403.170.701: 4031707 = 41563·97 + 96 (41563·97 = 4031611); 97 - 96 = 01.
     * 0566.988.259: 5669882 = 58452·97 + 38 (58452·97 = 5669844); 97 - 38 = 59.
     * 0521.749.439: 5217494 = 53788·97 + 58 (53788·97 = 5217436); 97 - 58 = 39.
     */
    @Test
    void enterpriseNumberWithDotsIsAcceptedWithoutThem() {
        OrgRegistryId id = OrgRegistryId.parse("BE-BCE_KBO-0403.170.701");
        assertEquals("BE-BCE_KBO", id.scheme());
        assertEquals("0403170701", id.number());
        assertEquals("BE-BCE_KBO-0566988259", OrgRegistryId.parse("be-bce_kbo-0566988259").value());
        assertEquals("BE-BCE_KBO-0521749439", OrgRegistryId.parse("BE-BCE_KBO-0521 749 439").value());
    }

    /** 00000097 is 97·1, remainder 0: the check is 97, never 00. */
    @Test
    void enterpriseNumberWhoseFirstEightDigitsAreAMultipleOf97EndsIn97() {
        assertEquals("BE-BCE_KBO-0000009797", OrgRegistryId.parse("BE-BCE_KBO-0000009797").value());
        assertMessage("BE-BCE_KBO-0000009700", "check digits do not match for BE-BCE_KBO 0000009700");
    }

    @Test
    void enterpriseNumberWithWrongCheckDigitsOrLengthIsRefused() {
        assertMessage("BE-BCE_KBO-0403.170.702", "check digits do not match for BE-BCE_KBO 0403170702");
        assertMessage("BE-BCE_KBO-403.170.701", "a 9-digit number takes a leading 0");
        assertMessage("BE-BCE_KBO-0403-170-701", "BE-BCE_KBO number must be the 10-digit enterprise number");
    }

    // ---- FR-RCS: the 9-digit SIREN, Luhn

    /**
     * Luhn, every second digit from the right doubled (less 9 above 9):
     * 732829320: 7 + 6 + 2 + 7 + 2 + 9 + 3 + 4 + 0 = 40.
     * 443061841: 4 + 8 + 3 + 0 + 6 + 2 + 8 + 8 + 1 = 40.
     * 356000000: 3 + 1 + 6 = 10.
     */
    @Test
    void sirenPassingLuhnIsAcceptedWithoutSpaces() {
        assertEquals("FR-RCS-732829320", OrgRegistryId.parse("FR-RCS-732 829 320").value());
        assertEquals("FR-RCS-443061841", OrgRegistryId.parse("FR-RCS-443061841").value());
        assertEquals("FR-RCS-356000000", OrgRegistryId.parse("FR-RCS-356000000").value());
    }

    /** 732829321 sums to 41; 732829302 (last two swapped) sums to 7+6+2+7+2+9+3+0+2 = 38. */
    @Test
    void sirenFailingLuhnIsRefused() {
        assertMessage("FR-RCS-732829321", "check digit does not match for FR-RCS 732829321");
        assertMessage("FR-RCS-732829302", "check digit does not match for FR-RCS 732829302");
    }

    @Test
    void siretIsRefusedWithTheWayToItsSiren() {
        assertMessage("FR-RCS-732 829 320 00074", "its first 9 digits are the SIREN");
        assertMessage("FR-RCS-73282932", "FR-RCS number must be the 9-digit SIREN");
    }

    // ---- other schemes: shape only

    @Test
    void unknownWellFormedSchemesAreAcceptedAsWritten() {
        OrgRegistryId register = OrgRegistryId.parse("  de-cr-HRB 12345 B  ");
        assertEquals("DE-CR", register.scheme());
        assertEquals("HRB 12345 B", register.number());
        assertEquals("DE-CR-HRB 12345 B", register.value());
        assertEquals("XM-DAC-41114", OrgRegistryId.parse("XM-DAC-41114").value());
        assertEquals("GB-SC-SC012345", OrgRegistryId.parse("GB-SC-SC012345").value());
        assertEquals("SE-ON-802015-1213", OrgRegistryId.parse("SE-ON-802015-1213").value());
        assertEquals("ZA-NPO-012/345.6 x", OrgRegistryId.parse("ZA-NPO-012/345.6 x").value());
    }

    @Test
    void longestIdIsAcceptedAndOneCharacterMoreIsRefused() {
        String eighty = "DE-" + "R".repeat(16) + "-" + "1".repeat(59) + "2";
        assertEquals(80, eighty.length());
        assertEquals(eighty, OrgRegistryId.parse(eighty).value());
        assertMessage(eighty + "3", "organisation registry id has 81 characters; at most 80 are allowed");
        assertMessage("DE-CR-" + "1".repeat(61), "number after 'DE-CR-' has 61 characters; at most 60 are allowed");
    }

    @Test
    void idWithoutSchemeIsRefused() {
        assertMessage("12-3456789",
                "must be a scheme (country code, '-', registry code) followed by '-' and the number");
        assertMessage("123456789", "must be a scheme");
        assertMessage("US-123456789", "must be a scheme");
    }

    @Test
    void emptyIdIsRefused() {
        assertMessage(null, "organisation registry id is empty");
        assertMessage("", "organisation registry id is empty");
        assertMessage(" \t ", "organisation registry id is empty");
    }

    @Test
    void countryCodeMustBeTwoLetters() {
        assertMessage("U1-EIN-12-3456789", "country code 'U1' must be two letters");
        assertMessage("USA-EIN-12-3456789", "country code 'USA' must be two letters");
        assertMessage("-EIN-12-3456789", "country code '' must be two letters");
        assertMessage("ÜS-EIN-12-3456789", "country code 'ÜS' must be two letters");
    }

    @Test
    void registryCodeMustBeTwoToTwentyLettersDigitsOrUnderscores() {
        assertMessage("US-E-12-3456789", "registry code 'E' must be 2 to 20 letters, digits or '_'");
        assertMessage("US--12-3456789", "registry code '' must be 2 to 20 letters");
        assertMessage("US-E I N-12", "registry code 'E I N' must be 2 to 20 letters");
        assertMessage("US-" + "E".repeat(21) + "-1", "must be 2 to 20 letters");
        assertEquals("US-" + "E".repeat(20) + "-1", OrgRegistryId.parse("US-" + "E".repeat(20) + "-1").value());
    }

    @Test
    void numberMustBePresentAndWellFormed() {
        assertMessage("US-EIN-", "number after 'US-EIN-' is missing");
        assertMessage("DE-CR- HRB 1", "number after 'DE-CR-' must start with a letter or digit, not ' '");
        assertMessage("DE-CR-/HRB 1", "must start with a letter or digit, not '/'");
        assertMessage("DE-CR-HRB 1/", "number after 'DE-CR-' must end with a letter or digit, not '/'");
        assertMessage("DE-CR-HRB 1.", "must end with a letter or digit, not '.'");
        assertMessage("DE-CR-HRB#1", "may contain only letters A-Z, digits, spaces, '.', '/' and '-'; '#' is not");
        assertMessage("DE-CR-HRB 1\u00001", "may contain only letters A-Z");
        assertMessage("DE-CR-Müller 1", "'ü' is not allowed");
        assertMessage("US-EIN-12-3456789-", "number after 'US-EIN-' must end with a letter or digit, not '-'");
    }

    @Test
    void idsAreEqualByTheirCanonicalValue() {
        assertEquals(OrgRegistryId.parse("US-EIN-53-0196605"), OrgRegistryId.parse(" us-ein-530196605"));
        assertEquals(OrgRegistryId.parse("US-EIN-53-0196605").hashCode(),
                OrgRegistryId.parse("us-EIN-530196605").hashCode());
        assertEquals("AU-ABN-51824753556", OrgRegistryId.parse("AU-ABN-51 824 753 556").toString());
    }

    private static void assertMessage(String raw, String expectedPart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OrgRegistryId.parse(raw),
                "expected '" + raw + "' to be refused");
        assertAll(() -> assertTrue(e.getMessage().contains(expectedPart),
                () -> "message for '" + raw + "' was: " + e.getMessage()));
    }
}
