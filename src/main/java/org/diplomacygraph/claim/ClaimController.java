package org.diplomacygraph.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.agreement.Signatory;
import org.diplomacygraph.article.Article;
import org.diplomacygraph.article.ArticleRepository;
import org.diplomacygraph.article.Evidence.Aspect;
import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.article.EvidenceRepository;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.meeting.Participant;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.paging.Batches;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The {@code claims} of every record that has them, through one batch loader keyed by record (one
 * query per type and level), and a claim's article and evidence, each one query per level.
 */
@Controller
class ClaimController {

	private static final String CLAIMS = "claims";

	private final ClaimRepository claims;

	private final ArticleRepository articles;

	private final EvidenceRepository evidence;

	ClaimController(ClaimRepository claims, ArticleRepository articles, EvidenceRepository evidence,
			BatchLoaderRegistry registry) {
		this.claims = claims;
		this.articles = articles;
		this.evidence = evidence;
		registry.<Subject, List<ClaimView>>forName(CLAIMS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
	}

	/**
	 * A record, as the loader's key; for a meeting, the country it serves (its place's country wins
	 * over the {@code COUNTRY} claims, so that is what a claim is compared with).
	 */
	record Subject(RecordType type, String id, String servedCountry) {

		Subject(RecordType type, String id) {
			this(type, id, null);
		}

	}

	@SchemaMapping(typeName = "Meeting", field = CLAIMS)
	CompletableFuture<List<ClaimView>> meeting(Meeting meeting, @Argument ClaimField field,
			DataLoader<Subject, List<ClaimView>> claims) {
		return claims.load(new Subject(RecordType.MEETING, meeting.getId(), meeting.getCountryId()))
			.thenApply((all) -> (field == null) ? all : all.stream().filter((claim) -> claim.field() == field).toList());
	}

	@SchemaMapping(typeName = "Agreement", field = CLAIMS)
	CompletableFuture<List<ClaimView>> agreement(Agreement agreement, @Argument ClaimField field,
			DataLoader<Subject, List<ClaimView>> claims) {
		return of(claims, RecordType.AGREEMENT, agreement.getId(), field);
	}

	@SchemaMapping(typeName = "Position", field = CLAIMS)
	CompletableFuture<List<ClaimView>> position(Position position, @Argument ClaimField field,
			DataLoader<Subject, List<ClaimView>> claims) {
		return of(claims, RecordType.POSITION, position.getId(), field);
	}

	@SchemaMapping(typeName = "Participant", field = CLAIMS)
	CompletableFuture<List<ClaimView>> participant(Participant participant, @Argument ClaimField field,
			DataLoader<Subject, List<ClaimView>> claims) {
		return of(claims, RecordType.PARTICIPANT, participant.getId(), field);
	}

	@SchemaMapping(typeName = "Signatory", field = CLAIMS)
	CompletableFuture<List<ClaimView>> signatory(Signatory signatory, @Argument ClaimField field,
			DataLoader<Subject, List<ClaimView>> claims) {
		return of(claims, RecordType.SIGNATORY, signatory.getId(), field);
	}

	@SchemaMapping(typeName = "Person", field = CLAIMS)
	CompletableFuture<List<ClaimView>> person(Person person, @Argument ClaimField field,
			DataLoader<Subject, List<ClaimView>> claims) {
		return of(claims, RecordType.PERSON, person.getId(), field);
	}

	@SchemaMapping(typeName = "Organisation", field = CLAIMS)
	CompletableFuture<List<ClaimView>> organisation(Organisation organisation, @Argument ClaimField field,
			DataLoader<Subject, List<ClaimView>> claims) {
		return of(claims, RecordType.ORGANISATION, organisation.getId(), field);
	}

	@SchemaMapping(typeName = "Place", field = CLAIMS)
	CompletableFuture<List<ClaimView>> place(Place place, @Argument ClaimField field,
			DataLoader<Subject, List<ClaimView>> claims) {
		return of(claims, RecordType.PLACE, place.getId(), field);
	}

	@SchemaMapping(typeName = "Country", field = CLAIMS)
	CompletableFuture<List<ClaimView>> country(Country country, @Argument ClaimField field,
			DataLoader<Subject, List<ClaimView>> claims) {
		return of(claims, RecordType.COUNTRY, country.getId(), field);
	}

	private static CompletableFuture<List<ClaimView>> of(DataLoader<Subject, List<ClaimView>> loader,
			RecordType type, String id, ClaimField field) {
		return loader.load(new Subject(type, id))
			.thenApply((all) -> (field == null) ? all : all.stream().filter((claim) -> claim.field() == field).toList());
	}

	@SchemaMapping(typeName = "Claim")
	String value(ClaimView claim) {
		String type = claim.field().referenceType();
		return (type != null) ? GlobalId.encode(type, claim.claim().getClaimed()) : claim.claim().getClaimed();
	}

	@SchemaMapping(typeName = "Claim")
	String source(ClaimView claim) {
		return (claim.claim().getArticleId() != null) ? "ARTICLE" : "EDITOR";
	}

	@BatchMapping(typeName = "Claim")
	Map<ClaimView, Article> article(List<ClaimView> claims) {
		return Batches.toOne(claims, (claim) -> claim.claim().getArticleId(), this.articles::findAllById,
				Article::getId);
	}

	/** The article's quotes of the claim's aspect about its record; for a name, the quote of that spelling. */
	@BatchMapping(typeName = "Claim")
	Map<ClaimView, List<Evidence>> evidence(List<ClaimView> claims) {
		Map<RecordType, Set<String>> ids = new EnumMap<>(RecordType.class);
		claims.stream()
			.filter((claim) -> claim.claim().getArticleId() != null)
			.forEach((claim) -> ids.computeIfAbsent(claim.claim().getSubjectType(), (type) -> new LinkedHashSet<>())
				.add(claim.claim().getSubjectId()));
		Map<String, List<Evidence>> bySubject = new HashMap<>();
		ids.forEach((type, subjects) -> ServedValues.chunks(List.copyOf(subjects))
			.forEach((chunk) -> this.evidence.findAllBySubjects(type, chunk)
				.forEach((quote) -> bySubject.computeIfAbsent(type + ":" + quote.getSubjectId(), (key) -> new ArrayList<>())
					.add(quote))));
		Map<ClaimView, List<Evidence>> result = new LinkedHashMap<>();
		for (ClaimView claim : claims) {
			Claim c = claim.claim();
			Aspect aspect = claim.field().aspect();
			result.put(claim, bySubject.getOrDefault(c.getSubjectType() + ":" + c.getSubjectId(), List.of())
				.stream()
				.filter((quote) -> quote.getArticleId().equals(c.getArticleId()) && quote.getAspect() == aspect
						&& (aspect != Aspect.NAME || quote.getQuote().equals(java.text.Normalizer
							.normalize(c.getClaimed(), java.text.Normalizer.Form.NFC))))
				.toList());
		}
		return result;
	}

	/** Every claim of the records, oldest first, each with whether it is served and its field disputed. */
	private Map<Subject, List<ClaimView>> load(Collection<Subject> keys) {
		Map<RecordType, Set<String>> ids = new EnumMap<>(RecordType.class);
		keys.forEach((key) -> ids.computeIfAbsent(key.type(), (type) -> new LinkedHashSet<>()).add(key.id()));
		Map<Subject, List<Claim>> found = new HashMap<>();
		ids.forEach((type, subjects) -> ServedValues.chunks(List.copyOf(subjects))
			.forEach((chunk) -> this.claims.findBySubjects(type, chunk)
				.forEach((claim) -> found.computeIfAbsent(new Subject(type, claim.getSubjectId()), (key) -> new ArrayList<>())
					.add(claim))));
		Map<Subject, List<ClaimView>> result = new HashMap<>();
		for (Subject key : keys) {
			List<Claim> all = found.getOrDefault(new Subject(key.type(), key.id()), List.of());
			Map<ClaimField, List<Claim>> byField = new EnumMap<>(ClaimField.class);
			all.forEach((claim) -> byField.computeIfAbsent(claim.getField(), (field) -> new ArrayList<>()).add(claim));
			Map<ClaimField, Choice> choices = new EnumMap<>(ClaimField.class);
			byField.forEach((field, claims) -> choices.put(field, Choice.of(field, claims)));
			if (key.servedCountry() != null && byField.containsKey(ClaimField.COUNTRY)) {
				// The place's country is served: a COUNTRY claim of another is not, and disputes it.
				boolean other = byField.get(ClaimField.COUNTRY).stream().anyMatch((claim) -> !claim.getClaimed().equals(key.servedCountry()));
				choices.put(ClaimField.COUNTRY, new Choice(key.servedCountry(), other || choices.get(ClaimField.COUNTRY).disputed()));
			}
			result.put(key, all.stream().map((claim) -> {
				Choice choice = choices.get(claim.getField());
				return new ClaimView(claim, claim.getField(), choice.serves(claim.getField(), claim), choice.disputed());
			}).toList());
		}
		return result;
	}

	/** A claim as served: whether its value is the field's served one, and whether the field is disputed. */
	record ClaimView(Claim claim, ClaimField field, boolean served, boolean disputed) {
	}

}
