package org.smartlibrary.partner.service;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * An organisation registry id as the public org-id identifier lists write it: a scheme (ISO 3166 country code, '-',
 * registry code), '-', then the number as the registry writes it, e.g. {@code US-EIN-12-3456789}.
 *
 * <p>{@link #parse(String)} trims the id, upper-cases the scheme and checks the number: for the registries below
 * against the registry's own rules (length, prefixes, check digits), for any other well-formed scheme only its shape.
 * The number of a checked registry is written in one canonical form (separators the registry ignores removed,
 * {@code NN-NNNNNNN} for an EIN); any other number is kept as written.
 *
 * <table>
 * <caption>Registries whose numbers are checked</caption>
 * <tr><th>scheme</th><th>number</th><th>check</th></tr>
 * <tr><td>US-EIN</td><td>9 digits, NN-NNNNNNN (dash optional)</td><td>prefix the IRS assigns</td></tr>
 * <tr><td>GB-CHC</td><td>6 or 7 digits</td><td>none</td></tr>
 * <tr><td>GB-COH</td><td>8 digits, or 2 letters and 6 digits</td><td>none</td></tr>
 * <tr><td>NL-KVK</td><td>8 digits</td><td>none</td></tr>
 * <tr><td>NO-BRC</td><td>9 digits (spaces ignored)</td><td>mod 11, weights 3,2,7,6,5,4,3,2</td></tr>
 * <tr><td>AU-ABN</td><td>11 digits (spaces ignored)</td><td>mod 89 over the digits, first one less 1</td></tr>
 * <tr><td>BE-BCE_KBO</td><td>10 digits (dots and spaces ignored)</td><td>last two = 97 - first eight mod 97</td></tr>
 * <tr><td>FR-RCS</td><td>9-digit SIREN (spaces ignored)</td><td>Luhn</td></tr>
 * </table>
 */
public final class OrgRegistryId {

    /** Longest id accepted, scheme and number together. */
    public static final int MAX_LENGTH = 80;

    private static final int MAX_NUMBER_LENGTH = 60;
    private static final String EXAMPLE = "US-EIN-12-3456789";
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern REGISTRY_CODE = Pattern.compile("[A-Za-z0-9_]{2,20}");
    private static final String NUMBER_SEPARATORS = " ./-";

    private static final Map<String, UnaryOperator<String>> CHECKED_REGISTRIES = Map.of(
            "US-EIN", OrgRegistryId::employerIdentificationNumber,
            "GB-CHC", OrgRegistryId::charityNumber,
            "GB-COH", OrgRegistryId::companyNumber,
            "NL-KVK", OrgRegistryId::chamberOfCommerceNumber,
            "NO-BRC", OrgRegistryId::organisasjonsnummer,
            "AU-ABN", OrgRegistryId::australianBusinessNumber,
            "BE-BCE_KBO", OrgRegistryId::enterpriseNumber,
            "FR-RCS", OrgRegistryId::siren);

    /** EIN prefixes no IRS campus, the online application or the SBA assigns. */
    private static final Set<String> UNASSIGNED_EIN_PREFIXES = Set.of("00", "07", "08", "09", "17", "18", "19", "28",
            "29", "49", "69", "70", "78", "79", "89", "96", "97");

    private static final int[] ORGANISASJONSNUMMER_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] ABN_WEIGHTS = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};

    private final String scheme;
    private final String number;

    private OrgRegistryId(String scheme, String number) {
        this.scheme = scheme;
        this.number = number;
    }

    /**
     * Reads an id written as scheme + '-' + number.
     *
     * @param raw the id as the user wrote it; surrounding white space is ignored
     * @return the id with its scheme upper-cased and its number in the registry's canonical form
     * @throws IllegalArgumentException with a message saying what is wrong and how to write it instead
     */
    public static OrgRegistryId parse(String raw) {
        String id = raw == null ? "" : raw.strip();
        if (id.isEmpty()) {
            throw invalid("organisation registry id is empty; write the scheme and the number, e.g. " + EXAMPLE);
        }
        if (id.length() > MAX_LENGTH) {
            throw invalid("organisation registry id has " + id.length() + " characters; at most " + MAX_LENGTH
                    + " are allowed");
        }
        int countryEnd = id.indexOf('-');
        int registryEnd = countryEnd < 0 ? -1 : id.indexOf('-', countryEnd + 1);
        if (registryEnd < 0) {
            throw invalid("organisation registry id '" + id + "' must be a scheme (country code, '-', registry code)"
                    + " followed by '-' and the number, e.g. " + EXAMPLE);
        }
        String country = id.substring(0, countryEnd);
        String registry = id.substring(countryEnd + 1, registryEnd);
        if (!COUNTRY_CODE.matcher(country).matches()) {
            throw invalid("country code '" + country + "' must be two letters (ISO 3166), e.g. US in " + EXAMPLE);
        }
        if (!REGISTRY_CODE.matcher(registry).matches()) {
            throw invalid("registry code '" + registry + "' must be 2 to 20 letters, digits or '_', e.g. EIN in "
                    + EXAMPLE + " or BCE_KBO in BE-BCE_KBO-0403170701");
        }
        String scheme = (country + "-" + registry).toUpperCase(Locale.ROOT);
        String number = id.substring(registryEnd + 1);
        checkShape(scheme, number);
        UnaryOperator<String> registryRule = CHECKED_REGISTRIES.get(scheme);
        return new OrgRegistryId(scheme, registryRule == null ? number : registryRule.apply(number));
    }

    /** The scheme, upper case: country code, '-', registry code, e.g. {@code US-EIN}. */
    public String scheme() {
        return scheme;
    }

    /** The number in the registry's canonical form, e.g. {@code 12-3456789}. */
    public String number() {
        return number;
    }

    /** The canonical id: scheme, '-', number, e.g. {@code US-EIN-12-3456789}. */
    public String value() {
        return scheme + "-" + number;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrgRegistryId id && id.value().equals(value());
    }

    @Override
    public int hashCode() {
        return value().hashCode();
    }

    @Override
    public String toString() {
        return value();
    }

    private static void checkShape(String scheme, String number) {
        String after = "number after '" + scheme + "-'";
        if (number.isEmpty()) {
            throw invalid(after + " is missing, e.g. " + EXAMPLE);
        }
        if (number.length() > MAX_NUMBER_LENGTH) {
            throw invalid(after + " has " + number.length() + " characters; at most " + MAX_NUMBER_LENGTH
                    + " are allowed");
        }
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (!isAsciiLetterOrDigit(c) && NUMBER_SEPARATORS.indexOf(c) < 0) {
                throw invalid(after + " may contain only letters A-Z, digits, spaces, '.', '/' and '-'; '" + c
                        + "' is not allowed");
            }
        }
        if (!isAsciiLetterOrDigit(number.charAt(0))) {
            throw invalid(after + " must start with a letter or digit, not '" + number.charAt(0) + "'");
        }
        char last = number.charAt(number.length() - 1);
        if (!isAsciiLetterOrDigit(last)) {
            throw invalid(after + " must end with a letter or digit, not '" + last + "'");
        }
    }

    private static String employerIdentificationNumber(String number) {
        if (!number.matches("[0-9]{2}-?[0-9]{7}")) {
            throw invalid("US-EIN number must be 9 digits written 12-3456789, not '" + number + "'");
        }
        String digits = number.replace("-", "");
        String canonical = digits.substring(0, 2) + "-" + digits.substring(2);
        if (UNASSIGNED_EIN_PREFIXES.contains(digits.substring(0, 2))) {
            throw invalid("US-EIN " + canonical + " starts with " + digits.substring(0, 2)
                    + ", a prefix the IRS does not assign; check the first two digits");
        }
        return canonical;
    }

    private static String charityNumber(String number) {
        if (!number.matches("[0-9]{6,7}")) {
            throw invalid("GB-CHC number must be the charity number of 6 or 7 digits, e.g. 1090095, not '" + number
                    + "'");
        }
        return number;
    }

    private static String companyNumber(String number) {
        String canonical = number.toUpperCase(Locale.ROOT);
        if (!canonical.matches("[0-9]{8}|[A-Z]{2}[0-9]{6}")) {
            String zeros = number.matches("[0-9]{1,7}") ? "; write the leading zeros, e.g. 00445790" : "";
            throw invalid("GB-COH number must be 8 characters, 8 digits or 2 letters and 6 digits (e.g. 09506232 or"
                    + " SC123456), not '" + number + "'" + zeros);
        }
        return canonical;
    }

    private static String chamberOfCommerceNumber(String number) {
        if (!number.matches("[0-9]{8}")) {
            throw invalid("NL-KVK number must be 8 digits, e.g. 41202535, not '" + number + "'");
        }
        return number;
    }

    private static String organisasjonsnummer(String number) {
        String digits = number.replace(" ", "");
        if (!digits.matches("[0-9]{9}")) {
            throw invalid("NO-BRC number must be the 9-digit organisasjonsnummer, e.g. 974 760 673, not '" + number
                    + "'");
        }
        int remainder = weightedSum(digits.substring(0, 8), ORGANISASJONSNUMMER_WEIGHTS) % 11;
        if (remainder == 1) {
            throw invalid("NO-BRC " + digits + " is not an organisasjonsnummer: no check digit fits its first 8"
                    + " digits; check the number for a typo");
        }
        int checkDigit = remainder == 0 ? 0 : 11 - remainder;
        if (digit(digits, 8) != checkDigit) {
            throw invalid("check digit does not match for NO-BRC " + digits + "; check the number for a typo");
        }
        return digits;
    }

    private static String australianBusinessNumber(String number) {
        String digits = number.replace(" ", "");
        if (!digits.matches("[0-9]{11}")) {
            throw invalid("AU-ABN number must be 11 digits, e.g. 51 824 753 556, not '" + number + "'");
        }
        if (digits.charAt(0) == '0') {
            throw invalid("AU-ABN " + digits + " starts with 0, which no ABN does; check the number for a typo");
        }
        int sum = weightedSum(digits, ABN_WEIGHTS) - ABN_WEIGHTS[0];
        if (sum % 89 != 0) {
            throw invalid("check digits do not match for AU-ABN " + digits + "; check the number for a typo");
        }
        return digits;
    }

    private static String enterpriseNumber(String number) {
        String digits = number.replace(".", "").replace(" ", "");
        if (!digits.matches("[0-9]{10}")) {
            String leadingZero = digits.matches("[0-9]{9}") ? "; a 9-digit number takes a leading 0" : "";
            throw invalid("BE-BCE_KBO number must be the 10-digit enterprise number, e.g. 0403.170.701, not '"
                    + number + "'" + leadingZero);
        }
        int expected = 97 - Integer.parseInt(digits.substring(0, 8)) % 97;
        if (Integer.parseInt(digits.substring(8)) != expected) {
            throw invalid("check digits do not match for BE-BCE_KBO " + digits + "; check the number for a typo");
        }
        return digits;
    }

    private static String siren(String number) {
        String digits = number.replace(" ", "");
        if (!digits.matches("[0-9]{9}")) {
            String siret = digits.matches("[0-9]{14}")
                    ? "; a 14-digit SIRET names an establishment: its first 9 digits are the SIREN" : "";
            throw invalid("FR-RCS number must be the 9-digit SIREN, e.g. 732 829 320, not '" + number + "'" + siret);
        }
        if (!passesLuhn(digits)) {
            throw invalid("check digit does not match for FR-RCS " + digits + "; check the number for a typo");
        }
        return digits;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(digits, i) * weights[i];
        }
        return sum;
    }

    /** Luhn: from the right, every second digit doubled (less 9 when above 9); the sum is a multiple of 10. */
    private static boolean passesLuhn(String digits) {
        int sum = 0;
        for (int fromRight = 0; fromRight < digits.length(); fromRight++) {
            int d = digit(digits, digits.length() - 1 - fromRight);
            if (fromRight % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static IllegalArgumentException invalid(String message) {
        return new IllegalArgumentException(message);
    }
}
