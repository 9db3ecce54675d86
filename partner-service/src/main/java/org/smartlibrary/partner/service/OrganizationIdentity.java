package org.smartlibrary.partner.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What makes two registrations the same organization: the normalized name (no case, accents, punctuation or
 * legal-form words, so "Brightbyte Robotics B.V." equals "brightbyte robotics") or the website's domain.
 */
public final class OrganizationIdentity {

    private static final Set<String> LEGAL_FORMS = Set.of("the", "bv", "nv", "vof", "cv", "inc", "incorporated",
            "ltd", "limited", "llc", "llp", "plc", "gmbh", "ag", "ev", "sa", "sas", "sarl", "srl", "spa", "co", "corp",
            "corporation", "company", "oy", "ab", "asbl", "vzw");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private OrganizationIdentity() {
    }

    public static String normalizedName(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replace(".", "");
        String[] words = Arrays.stream(WORD_SEPARATORS.split(plain)).filter(w -> !w.isEmpty()).toArray(String[]::new);
        String withoutLegalForms = Arrays.stream(words).filter(w -> !LEGAL_FORMS.contains(w))
                .collect(Collectors.joining(" "));
        return withoutLegalForms.isEmpty() ? String.join(" ", words) : withoutLegalForms;
    }

    /** Lower-case host without "www.", or null when the website is not an absolute http(s) URL. */
    public static String websiteDomain(String website) {
        try {
            URI uri = new URI(website.trim());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null || !uri.getHost().contains(".")) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
