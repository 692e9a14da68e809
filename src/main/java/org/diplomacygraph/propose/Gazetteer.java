package org.diplomacygraph.propose;

import java.util.List;

import org.diplomacygraph.record.RecordType;

/**
 * What the proposer knows about the stored graph: every stored person, organisation, place and
 * country with its names and the facts that help to read a text (a person's posts, an entity's
 * country). The server reads it from the database ({@link StoredGazetteer}); the leave-one-out
 * evaluation builds it from annotation files.
 */
public interface Gazetteer {

	/** Every stored person, organisation, place and country. */
	List<Known> entities();

	/**
	 * A stored entity.
	 *
	 * @param type {@link RecordType#PERSON}, {@link RecordType#ORGANISATION}, {@link RecordType#PLACE} or
	 * {@link RecordType#COUNTRY}
	 * @param id the slug
	 * @param kind an organisation's or place's kind, else null
	 * @param parent an organisation's parent body (slug), else null
	 * @param country the slug of its country (a person's nationality), or null
	 * @param code a country's ISO 3166 code, else null
	 * @param posts a person's posts, else empty
	 */
	record Known(RecordType type, String id, String name, List<String> aliases, String kind, String parent,
			String country, String code, List<Post> posts) {

		public Known {
			aliases = List.copyOf(aliases);
			posts = List.copyOf(posts);
		}

		/** The name, then the aliases. */
		public List<String> names() {
			return java.util.stream.Stream.concat(java.util.stream.Stream.of(this.name), this.aliases.stream()).toList();
		}

	}

	/** A stored post: its slug, title and organisation or country (slugs). */
	record Post(String id, String title, String organisation, String country) {
	}

}
