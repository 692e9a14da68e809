package org.diplomacygraph.export;

import java.util.List;
import java.util.Optional;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import org.diplomacygraph.values.BadRequestException;
import org.diplomacygraph.values.InputText;

/**
 * Content negotiation of a node's URL (RFC 9110, 12.5.1): of the media types offered, the one the
 * most specific range of {@code Accept} that includes it gives the highest quality, the first
 * offered on a tie; none above {@code q=0} is a 406. No {@code Accept} takes the first offered.
 */
final class Negotiation {

	static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	/** What a node's URL serves, in order of preference. */
	static final List<MediaType> OFFERED = List.of(JSON_LD, MediaType.APPLICATION_JSON, MediaType.TEXT_HTML);

	private Negotiation() {
	}

	/** The media type to answer with, empty when the client accepts none of them. */
	static Optional<MediaType> choose(String accept) {
		if (accept == null || accept.isBlank()) {
			return Optional.of(OFFERED.get(0));
		}
		List<MediaType> ranges;
		try {
			ranges = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			throw new BadRequestException("The Accept header is not a list of media types: '" + InputText.echo(accept)
					+ "'");
		}
		MediaType best = null;
		double bestQuality = 0;
		for (MediaType offered : OFFERED) {
			double quality = quality(offered, ranges);
			if (quality > bestQuality) {
				best = offered;
				bestQuality = quality;
			}
		}
		return Optional.ofNullable(best);
	}

	/** The quality the most specific range including the type gives it (0 when none does). */
	private static double quality(MediaType offered, List<MediaType> ranges) {
		int specificity = -1;
		double quality = 0;
		for (MediaType range : ranges) {
			if (range.includes(offered)) {
				int rank = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
				if (rank > specificity) {
					specificity = rank;
					quality = range.getQualityValue();
				}
			}
		}
		return quality;
	}

}
