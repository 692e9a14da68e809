package org.diplomacygraph.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.agreement.AgreementParty;
import org.diplomacygraph.agreement.Signatory;
import org.diplomacygraph.article.Article;
import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.claim.ClaimField;
import org.diplomacygraph.ingest.CorpusException.Defect;
import org.diplomacygraph.ingest.CorpusReader.Corpus;
import org.diplomacygraph.ingest.CorpusReader.SourceArticle;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.meeting.Participant;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.UserError.Code;

/**
 * Checks a corpus and merges its annotation files into one graph of new, unsaved entities.
 * <p>
 * An entity named by several files is one record: each file adds aliases and evidence, and
 * single values (name, kind, date, ...) must agree wherever they are given. Every quote is found
 * in its article (NFC, outside passages marked {@code notStory}) and kept with its UTF-16
 * offsets. Any defect — a quote not found, an unknown reference, a duplicate id, an impossible
 * date — is collected, and {@link CorpusException} lists them all; nothing is returned half-made.
 * <p>
 * In two passes: every file's article ({@link Articles}) and entries ({@link DraftCollector}) are
 * read into typed drafts ({@link Drafts}) with their claims and quotes ({@link Statements}); then
 * the drafts become entities ({@link GraphBuilder}). Defects are collected in the order found
 * ({@link Checks}).
 */
public final class CorpusCompiler {

	private CorpusCompiler() {
	}

	/** Compiles what was read, or throws {@link CorpusException} listing every defect found. */
	public static Graph compile(Corpus corpus) {
		Result result = compile(corpus, Existing.NONE);
		if (!result.problems().isEmpty()) {
			throw new CorpusException(result.problems().stream().map(Problem::defect).toList());
		}
		return result.graph();
	}

	/**
	 * Checks what was read against the same rules, with the stored graph beside it: a reference
	 * that no file defines may name a stored entity, and an entry whose id is a stored entity's adds
	 * its evidence and names to that entity (its single values must agree with the stored ones)
	 * rather than making a new one. The loader passes {@link Existing#NONE}; the ingest mutation
	 * passes the stored graph. The graph is null when there are problems.
	 */
	public static Result compile(Corpus corpus, Existing existing) {
		Checks checks = new Checks();
		corpus.defects().forEach((defect) -> checks.report(new Problem(defect, List.of(), Code.INVALID, defect.reason())));
		Articles articles = new Articles(checks);
		Drafts drafts = new Drafts(existing, checks);
		Statements statements = new Statements(checks);
		DraftCollector collector = new DraftCollector(drafts, checks, statements);
		for (SourceArticle source : corpus.articles()) {
			ArticleDraft article = articles.read(source);
			if (article != null) {
				collector.collect(article, source.annotations());
			}
		}
		Graph graph = new GraphBuilder(drafts, checks, articles, statements, existing).build();
		return checks.isEmpty() ? new Result(graph, List.of()) : new Result(null, checks.problems());
	}

	static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The compiled graph: new entities, listed so that each refers only to ones before it, and the
	 * stored entities that entries extend (never from a corpus alone) with the names they add.
	 */
	public record Graph(List<Article> articles, List<Country> countries, List<Place> places,
			List<Organisation> organisations, List<Person> people, List<Position> positions, List<Meeting> meetings,
			List<Participant> participants, List<Agreement> agreements, List<AgreementParty> parties,
			List<Signatory> signatories, List<Evidence> evidence, List<Object> extended,
			Map<Object, List<String>> aliasesAdded, List<ClaimDraft> claims) {
	}

	/** A value one article asserts about one record, by its slug (claim/Claim once the article is stored). */
	public record ClaimDraft(String article, RecordType type, String subject, ClaimField field, String value) {
	}

	/** The stored graph a compilation may refer to and extend. */
	@FunctionalInterface
	public interface Existing {

		/** The name that stored values are said to be given in, in conflict messages. */
		String STORE = "the stored graph";

		/** Nothing stored: a corpus is compiled on its own. */
		Existing NONE = (type, id) -> null;

		/** The stored entity of a type (country, place, organisation, person, position, meeting, agreement) with this id, or null. */
		Object find(RecordType type, String id);

	}

	/**
	 * A defect with what a caller pointing at input fields needs: the path of the field in the
	 * annotation file ({@code ["people", "0", "evidence", "1"]}), a code and the message without
	 * the field's name.
	 */
	public record Problem(Defect defect, List<String> path, Code code, String message) {
	}

	/** The compiled graph, or null and the problems. */
	public record Result(Graph graph, List<Problem> problems) {
	}

}
