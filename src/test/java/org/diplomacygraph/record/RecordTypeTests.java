package org.diplomacygraph.record;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;

import org.diplomacygraph.RepositoryTest;
import org.diplomacygraph.ingest.CorpusProperties;
import org.diplomacygraph.values.Node;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The registry of types is complete and true to the entities, the schema and the database: every
 * node entity and every GraphQL node type is in it, the schema's {@code SearchType} is its indexed
 * types, each {@code referredBy} query is valid JPQL, and the insert order it derives respects
 * every foreign key between the records' tables.
 */
@RepositoryTest
class RecordTypeTests {

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	/** The store tests load the test corpus too (see DiplomacyGraphApplicationTests for the API tests). */
	@Test
	void theStoreTestsLoadTheTestCorpus(@Autowired CorpusProperties corpus) {
		assertThat(corpus.location()).isEqualTo("classpath:corpus/");
		assertThat(this.jdbc.queryForObject("select count(*) from corpus_state", Integer.class)).isEqualTo(1);
	}

	@Test
	void everyEntityOfTheRegistryIsAnEntityAndEveryNodeEntityIsInTheRegistry() {
		Metamodel metamodel = this.entityManager.getMetamodel();
		for (RecordType type : RecordType.values()) {
			EntityType<?> entity = metamodel.entity(type.entityName());
			assertThat(RecordType.ofEntity(newInstanceClass(entity))).as(type.name()).contains(type);
			assertThat(Node.class.isAssignableFrom(entity.getJavaType())).as(type.name()).isEqualTo(type.isNode());
		}
		List<String> nodeEntities = metamodel.getEntities()
			.stream()
			.filter((entity) -> Node.class.isAssignableFrom(entity.getJavaType()))
			.map(EntityType::getName)
			.toList();
		assertThat(nodeEntities).containsExactlyInAnyOrderElementsOf(
				RecordType.nodes().stream().map(RecordType::entityName).toList());
	}

	@Test
	void everyGraphQlTypeThatImplementsNodeIsANodeTypeOfTheRegistry() throws IOException {
		TypeDefinitionRegistry schema = schema();
		List<String> nodeTypes = schema.getTypes(ObjectTypeDefinition.class)
			.stream()
			.filter((type) -> type.getImplements().stream().anyMatch((implemented) -> implemented instanceof TypeName name
					&& name.getName().equals("Node")))
			.map(ObjectTypeDefinition::getName)
			.toList();
		assertThat(nodeTypes).isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(RecordType.nodes().stream().map(RecordType::typeName).toList());
		List<String> searchTypes = schema.getType("SearchType", EnumTypeDefinition.class)
			.orElseThrow()
			.getEnumValueDefinitions()
			.stream()
			.map(EnumValueDefinition::getName)
			.toList();
		assertThat(searchTypes).containsExactlyInAnyOrderElementsOf(
				RecordType.searchable().stream().map(RecordType::name).toList());
		List<String> changeTypes = schema.getType("NodeType", EnumTypeDefinition.class)
			.orElseThrow()
			.getEnumValueDefinitions()
			.stream()
			.map(EnumValueDefinition::getName)
			.toList();
		assertThat(changeTypes).as("the schema's NodeType, the types of the change feed")
			.containsExactlyElementsOf(RecordType.nodes().stream().map(RecordType::name).toList());
	}

	@Test
	void everyReferredByQueryIsValidJpqlThatRuns() {
		List<String> queries = Arrays.stream(RecordType.values()).flatMap((type) -> type.referredBy().stream()).toList();
		assertThat(queries).isNotEmpty();
		for (String query : queries) {
			assertThatNoException().as(query)
				.isThrownBy(() -> this.entityManager.createQuery(query)
					.setParameter("id", "no-such-record")
					.setMaxResults(1)
					.getResultList());
		}
	}

	@Test
	void theInsertOrderHasEveryRecordKindOnceAndRespectsEveryForeignKey() {
		List<RecordType> order = RecordType.insertOrder(this.entityManager.getMetamodel());
		assertThat(order).containsExactlyInAnyOrderElementsOf(RecordType.records());
		Map<String, RecordType> byTable = new HashMap<>();
		SessionFactoryImplementor sessions = this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactoryImplementor.class);
		for (RecordType type : order) {
			AbstractEntityPersister persister = (AbstractEntityPersister) sessions.getMappingMetamodel()
				.getEntityDescriptor(type.entityType(this.entityManager));
			byTable.put(persister.getTableName().toLowerCase(Locale.ROOT), type);
		}
		List<String> checked = new ArrayList<>();
		this.jdbc.execute((java.sql.Connection connection) -> {
			DatabaseMetaData metaData = connection.getMetaData();
			for (Map.Entry<String, RecordType> table : byTable.entrySet()) {
				String name = metaData.storesUpperCaseIdentifiers() ? table.getKey().toUpperCase(Locale.ROOT)
						: table.getKey();
				try (ResultSet keys = metaData.getImportedKeys(null, null, name)) {
					while (keys.next()) {
						RecordType referenced = byTable.get(keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
						if (referenced != null && referenced != table.getValue()) {
							assertThat(order.indexOf(referenced)).as(table.getValue() + " refers to " + referenced)
								.isLessThan(order.indexOf(table.getValue()));
							checked.add(table.getValue() + " -> " + referenced);
						}
					}
				}
			}
			return null;
		});
		// Every relation between records has its key: person → country, participant → meeting, ...
		assertThat(checked).contains("PERSON -> COUNTRY", "PARTICIPANT -> MEETING", "SIGNATORY -> POSITION",
				"AGREEMENT -> MEETING");
	}

	/**
	 * The constants' names are the stored values of the type columns (evidence and claim subjects,
	 * redirects, curation actions): each fits every one of them.
	 */
	@Test
	void everyTypeNameFitsTheColumnsThatStoreIt() {
		int longest = Arrays.stream(RecordType.values()).mapToInt((type) -> type.name().length()).max().orElseThrow();
		List<Integer> sizes = new ArrayList<>();
		this.jdbc.execute((java.sql.Connection connection) -> {
			DatabaseMetaData metaData = connection.getMetaData();
			for (String column : List.of("evidence.subject_type", "claim.subject_type", "entity_redirect.entity_type",
					"curation_action.entity_type")) {
				String[] parts = column.split("\\.");
				boolean upper = metaData.storesUpperCaseIdentifiers();
				try (ResultSet columns = metaData.getColumns(null, null, upper ? parts[0].toUpperCase(Locale.ROOT)
						: parts[0], upper ? parts[1].toUpperCase(Locale.ROOT) : parts[1])) {
					assertThat(columns.next()).as(column).isTrue();
					sizes.add(columns.getInt("COLUMN_SIZE"));
				}
			}
			return null;
		});
		assertThat(sizes).hasSize(4).allSatisfy((size) -> assertThat(size).isGreaterThanOrEqualTo(longest));
	}

	private static TypeDefinitionRegistry schema() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		SchemaParser parser = new SchemaParser();
		try (DirectoryStream<Path> sdl = Files.newDirectoryStream(Path.of("schema"), "*.graphqls")) {
			for (Path file : sdl) {
				registry.merge(parser.parse(file.toFile()));
			}
		}
		return registry;
	}

	private static Object newInstanceClass(EntityType<?> entity) {
		try {
			var constructor = entity.getJavaType().getDeclaredConstructor();
			constructor.setAccessible(true);
			return constructor.newInstance();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
