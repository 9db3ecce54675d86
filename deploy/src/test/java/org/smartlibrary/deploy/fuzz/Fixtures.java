package org.smartlibrary.deploy.fuzz;

import org.smartlibrary.testkit.TestTokens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The objects seeded before fuzzing (and those the fuzzer creates on the way), by kind, each with the tenant that
 * owns it, so that a request can name an object of the token's own tenant or of another one. Kinds: library,
 * assessment, goal, need, offer, partner, offering, consortium.
 */
final class Fixtures {

    /** Who owns an object: a library (and its consortium) or a partner; null fields do not apply. */
    record Tenant(String library, String consortium, String partner) {
    }

    /** One object; {@code parents} maps a kind to the id of the object it belongs to (e.g. need → assessment). */
    record Item(String kind, String id, Tenant tenant, Map<String, String> parents) {
    }

    private final Map<String, List<Item>> byKind = new LinkedHashMap<>();
    private final Map<String, Item> byId = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    /** Partners that matching recommended for an assessment (matching's feedback operations need such a pair). */
    private final Map<String, List<String>> recommended = new LinkedHashMap<>();

    /** At most this many objects of a kind are kept (the oldest created during fuzzing make room). */
    static final int MAX_PER_KIND = 200;

    synchronized Item add(String kind, String id, Tenant tenant, Map<String, String> parents) {
        Item item = new Item(kind, id, tenant, Map.copyOf(parents));
        List<Item> items = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
        if (items.size() >= MAX_PER_KIND) {
            // keep the seeded ones (the first ones), drop the oldest created during fuzzing
            items.remove(items.size() / 2);
        }
        items.add(item);
        byId.put(kind + ":" + id, item);
        return item;
    }

    /** Forgets a deleted object (its id may still be chosen as a "random" one, and then answers 404). */
    synchronized void remove(String kind, String id) {
        Item item = byId.remove(kind + ":" + id);
        if (item != null) {
            byKind.getOrDefault(kind, new ArrayList<>()).remove(item);
        }
    }

    synchronized void recommended(String assessment, String partner) {
        recommended.computeIfAbsent(assessment, k -> new ArrayList<>()).add(partner);
    }

    synchronized List<String> recommendedFor(String assessment) {
        return recommended.getOrDefault(assessment, List.of());
    }

    synchronized List<Item> of(String kind) {
        return List.copyOf(byKind.getOrDefault(kind, List.of()));
    }

    Item find(String kind, String id) {
        return byId.get(kind + ":" + id);
    }

    /** A random object of this kind, or null when there is none. */
    synchronized Item any(String kind, Random random) {
        List<Item> items = byKind.get(kind);
        return items == null || items.isEmpty() ? null : items.get(random.nextInt(items.size()));
    }

    /** A random object of this kind owned by another tenant than {@code tenant} (null when there is none). */
    synchronized Item ofAnotherTenant(String kind, Tenant tenant, Random random) {
        List<Item> items = byKind.getOrDefault(kind, List.of()).stream()
                .filter(i -> !i.tenant().equals(tenant)).toList();
        return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
    }

    /** A tenant other than {@code tenant}, of the same shape (library or partner), or null. */
    synchronized Tenant otherTenant(Tenant tenant, Random random) {
        String kind = tenant != null && tenant.partner() != null ? "partner" : "library";
        Item other = ofAnotherTenant(kind, tenant, random);
        return other == null ? null : other.tenant();
    }

    synchronized Tenant anyTenant(Random random) {
        Item item = any(random.nextBoolean() ? "library" : "partner", random);
        if (item == null) {
            item = any("library", random);
        }
        return item == null ? null : item.tenant();
    }

    /**
     * A token of {@code role} belonging to {@code tenant} where the role is tenant-scoped; when the tenant has no
     * claim for it (a partner tenant and role library-staff), a random tenant that has one.
     */
    String token(String role, Tenant tenant, Random random) {
        switch (role) {
            case "library-staff" -> {
                String library = tenant != null && tenant.library() != null ? tenant.library() : randomId("library", random);
                return tokens.computeIfAbsent("library:" + library, k -> TestTokens.libraryStaff(UUID.fromString(library)));
            }
            case "partner-admin" -> {
                String partner = tenant != null && tenant.partner() != null ? tenant.partner() : randomId("partner", random);
                return tokens.computeIfAbsent("partner:" + partner, k -> TestTokens.partnerAdmin(UUID.fromString(partner)));
            }
            case "consortium-analyst" -> {
                String consortium = tenant != null && tenant.consortium() != null ? tenant.consortium()
                        : randomId("consortium", random);
                return tokens.computeIfAbsent("consortium:" + consortium, k -> TestTokens.consortiumAnalyst(consortium));
            }
            case "portal" -> {
                return tokens.computeIfAbsent("portal", k -> TestTokens.portal());
            }
            case "platform-admin" -> {
                return tokens.computeIfAbsent("platform-admin", k -> TestTokens.platformAdmin());
            }
            default -> {
                // "no-tenancy:<role>": a listed role without its tenancy claim; anything else: an unknown role
                String bare = role.startsWith("no-tenancy:") ? role.substring("no-tenancy:".length()) : role;
                return tokens.computeIfAbsent("role-only:" + bare, k -> TestTokens.withRoleOnly(bare));
            }
        }
    }

    private String randomId(String kind, Random random) {
        Item item = any(kind, random);
        return item != null ? item.id() : kind.equals("consortium") ? "No Such Consortium" : UUID.randomUUID().toString();
    }

    synchronized Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        byKind.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }
}
