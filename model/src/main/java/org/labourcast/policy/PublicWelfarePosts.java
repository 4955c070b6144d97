package org.labourcast.policy;


/**
 * {@code public_welfare_posts}: public-welfare posts (公益性岗位) for the hard-to-employ. Adds {@code intensity × posts}
 * to {@link PolicyEffects#reservedPosts()}: tertiary jobs the engine keeps filled from persons unemployed for a year or
 * more, before ordinary matching. The posts are not part of {@link PolicyEffects#extraLabourDemand()} (no double
 * counting) and end with the lever.
 *
 * @param posts posts in operation at full strength (persons, ≥ 0)
 */
public record PublicWelfarePosts(LeverInfo info, Span span, double posts) implements Lever {
    public static final String TYPE = "public_welfare_posts";

    public PublicWelfarePosts {
        Checks.info(info, TYPE);
        Checks.span(span);
        Checks.atLeast(posts, 0, "posts");
    }

    @Override
    public void contribute(int year, PolicyEffects.Builder effects) {
        double r = span.intensity(year);
        if (r > 0) {
            effects.addReservedPosts(r * posts);
        }
    }
}
