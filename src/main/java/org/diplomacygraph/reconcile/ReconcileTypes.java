package org.diplomacygraph.reconcile;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;

import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.Kinds;
import org.springframework.stereotype.Component;

/**
 * The types a reconciliation query may name: the registry's types that describe themselves for
 * reconciliation ({@link RecordType#description()}), in the registry's order; each a node type of
 * the GraphQL API (its ID is the GraphQL type name, its records' IDs the GraphQL global IDs). The
 * kinds of a type are the constants of its entity's {@code kind} attribute, read from the JPA
 * metamodel.
 */
@Component
class ReconcileTypes {

	private final Map<RecordType, Class<?>> kinds = new EnumMap<>(RecordType.class);

	ReconcileTypes(EntityManagerFactory entityManagerFactory) {
		for (RecordType type : all()) {
			entityManagerFactory.getMetamodel()
				.entity(type.entityName())
				.getAttributes()
				.stream()
				.filter((attribute) -> attribute.getName().equals("kind") && attribute.getJavaType().isEnum())
				.map(Attribute::getJavaType)
				.findFirst()
				.ifPresent((kind) -> this.kinds.put(type, kind));
		}
	}

	/** Every type reconciliation offers, in the registry's order. */
	static List<RecordType> all() {
		return Arrays.stream(RecordType.values()).filter((type) -> type.description() != null).toList();
	}

	/** The type with this ID, case aside ({@code Person}, {@code person}). */
	static Optional<RecordType> byId(String id) {
		String given = id.strip().toLowerCase(Locale.ROOT);
		return all().stream().filter((type) -> type.typeName().toLowerCase(Locale.ROOT).equals(given)).findFirst();
	}

	/** "Person, Organisation, Place, Country, Meeting, Agreement", for messages. */
	static String list() {
		return String.join(", ", all().stream().map(RecordType::typeName).toList());
	}

	/**
	 * The kind of a type a text names ({@code party committee}, {@code PARTY_COMMITTEE},
	 * {@code party-committee}), or null if it names none or the type has no kinds.
	 */
	Enum<?> kind(RecordType type, String text) {
		return Kinds.named(this.kinds.get(type), text);
	}

	/** "party, party committee, ...": the kinds of a type in words, for messages. */
	String kinds(RecordType type) {
		Class<?> kinds = this.kinds.get(type);
		if (kinds == null) {
			return "";
		}
		return String.join(", ", Arrays.stream(kinds.getEnumConstants())
			.map((kind) -> ((Enum<?>) kind).name().toLowerCase(Locale.ROOT).replace('_', ' '))
			.toList());
	}

}
