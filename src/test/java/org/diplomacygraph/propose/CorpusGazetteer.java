package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.ingest.AnnotationFile;
import org.diplomacygraph.record.RecordType;

/**
 * A gazetteer of what some annotation files establish: their countries, places, organisations and
 * people with every name and alias the files give, merged by ID as the corpus loader merges them.
 */
final class CorpusGazetteer implements Gazetteer {

	private final Map<String, Builder> entities = new LinkedHashMap<>();

	CorpusGazetteer(List<AnnotationFile> files) {
		for (AnnotationFile file : files) {
			file.countries().forEach((c) -> builder(RecordType.COUNTRY, c.id(), c.name(), c.aliases(), null, null, c.code()));
			file.places().forEach((p) -> builder(RecordType.PLACE, p.id(), p.name(), p.aliases(), p.kind(), p.country(), null));
			file.organisations().forEach((o) -> builder(RecordType.ORGANISATION, o.id(), o.name(), o.aliases(), o.kind(),
					o.country(), null).parent = o.parent());
			for (AnnotationFile.PersonEntry person : file.people()) {
				Builder builder = builder(RecordType.PERSON, person.id(), person.name(), person.aliases(), null,
						person.nationality(), null);
				for (AnnotationFile.PositionEntry post : person.positions()) {
					if (builder.posts.stream().noneMatch((p) -> p.id().equals(post.id()))) {
						builder.posts.add(new Post(post.id(), post.title(), post.organisation(), post.country()));
					}
				}
			}
		}
	}

	private Builder builder(RecordType type, String id, String name, List<String> aliases, String kind, String country,
			String code) {
		Builder builder = this.entities.computeIfAbsent(type + ":" + id, (k) -> new Builder(type, id));
		if (builder.name == null) {
			builder.name = name;
		}
		builder.aliases.addAll(aliases);
		builder.kind = (builder.kind != null) ? builder.kind : kind;
		builder.country = (builder.country != null) ? builder.country : country;
		builder.code = (builder.code != null) ? builder.code : code;
		return builder;
	}

	boolean knows(RecordType type, String id) {
		return this.entities.containsKey(type + ":" + id);
	}

	/** A post's organisation or country ("organisation:slug" / "country:slug"), or null if the post is not known. */
	Post post(String id) {
		for (Builder builder : this.entities.values()) {
			for (Post post : builder.posts) {
				if (post.id().equals(id)) {
					return post;
				}
			}
		}
		return null;
	}

	String personOfPost(String id) {
		for (Builder builder : this.entities.values()) {
			for (Post post : builder.posts) {
				if (post.id().equals(id)) {
					return builder.id;
				}
			}
		}
		return null;
	}

	@Override
	public List<Known> entities() {
		List<Known> known = new ArrayList<>();
		for (Builder builder : this.entities.values()) {
			List<String> aliases = new ArrayList<>(builder.aliases);
			aliases.remove(builder.name);
			known.add(new Known(builder.type, builder.id, builder.name, aliases, builder.kind, builder.parent,
					builder.country, builder.code, builder.posts));
		}
		return known;
	}

	private static final class Builder {

		final RecordType type;

		final String id;

		String name;

		final Set<String> aliases = new LinkedHashSet<>();

		String kind;

		String parent;

		String country;

		String code;

		final List<Post> posts = new ArrayList<>();

		Builder(RecordType type, String id) {
			this.type = type;
			this.id = id;
		}

	}

}
