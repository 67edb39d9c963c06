/**
 * Source ratings: how far to trust the outlet that published an article, as public lists and the
 * user's own overrides rate its registrable domain. Readers turn each list (OpenSources 2017, the
 * MBFC labels of Baly et al. 2018/2020, a local overrides file) into {@link
 * dev.veracity.source.SourceRating}s that carry the list's snapshot identity; {@link
 * dev.veracity.source.SourceAddress} reduces a URL or host to the site a list would name; and a
 * {@link dev.veracity.source.SourceRatings} combines every list's rating for one site into a {@link
 * dev.veracity.source.SourceVerdict} by a documented precedence rule (docs/SOURCES.md). The lists
 * are priors about the outlet, never evidence about one article.
 */
package dev.veracity.source;
