package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.PartialDate;
import org.diplomacygraph.values.UserError.Code;
import org.diplomacygraph.values.UserError;

/**
 * Proposes the annotations of an English news text: the one entry point of the package's rules,
 * plain Java over a {@link Gazetteer}, so that the server (over the database) and the leave-one-out
 * evaluation (over annotation files) run the very same code. Orchestration, in this order: passages
 * that are not the story; stored names; titles before names; new organisations and places; short
 * forms of names; new names the matcher finds stored after all; "the Party" of a country; dates; meetings; agreements; the draft.
 */
public final class Proposer {

	/** What a proposal is made from: the arguments of {@code proposeAnnotations}. */
	public record Request(String text, String publishedOn, String language, String url) {
	}

	/** The English words whose share tells an English text from another. */
	private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "is", "with", "for", "on",
			"that", "by", "as", "at", "was", "were", "has", "have", "be", "from", "said", "its", "their", "this", "are",
			"will", "an", "his", "her", "which");

	/** Texts shorter than this many words are not judged by their words. */
	private static final int JUDGED_WORDS = 8;

	private Proposer() {
	}

	/** The proposal for a text, or the problems with the request (then no draft). */
	public static Proposal propose(Request request, Gazetteer gazetteer) {
		List<UserError> errors = check(request);
		if (!errors.isEmpty()) {
			return Proposal.refused(errors);
		}
		PartialDate publishedOn = (request.publishedOn() != null) ? PartialDate.parse(request.publishedOn()) : null;
		String text = request.text();
		List<int[]> notStory = NotStory.find(text);
		TextTokens tokens = new TextTokens(text, notStory);
		if (request.language() == null && !looksEnglish(tokens)) {
			return Proposal.refused(List.of(UserError.of(Code.INVALID, "the text does not read as English: proposals "
					+ "are made from English texts only (send `language: \"en\"` to have an English text with few "
					+ "English words read anyway)", "language")));
		}
		NameLinker linker = new NameLinker(gazetteer);
		Cast cast = new Cast();
		Phrases phrases = new Phrases(tokens, linker, cast);
		KnownNames.scan(tokens, linker, cast);
		NewNames newNames = new NewNames(phrases);
		newNames.abbreviations();
		new Titles(phrases).scan();
		newNames.scan();
		new ShortForms(phrases).scan();
		Resemblances.link(tokens, linker, cast);
		Parties.scan(tokens, linker, cast);
		List<Dates.Found> dates = Dates.find(tokens, publishedOn);
		List<Meetings.Meeting> meetings = new Meetings(tokens, cast, dates).find();
		List<Agreements.Agreement> agreements = new Agreements(tokens, cast, dates, meetings).find();
		Quotes quotes = new Quotes(tokens, notStory);
		DraftAssembler assembler = new DraftAssembler(quotes, cast);
		Map<Meetings.Meeting, String> meetingKeys = DraftAssembler.newMeetingKeys();
		List<String> passages = notStory.stream().map((span) -> text.substring(span[0], span[1])).distinct().toList();
		String title = Masthead.title(text);
		String publisher = Masthead.publisher(text, request.url());
		ArticleDraft draft = new ArticleDraft(title, text, publisher, request.publishedOn(),
				(request.language() != null) ? request.language() : "en", request.url(), passages, assembler.people(),
				assembler.organisations(), assembler.places(), assembler.meetings(meetings, meetingKeys),
				assembler.agreements(agreements, meetingKeys));
		return new Proposal(draft, ProposedMentions.of(cast, assembler), notes(draft), List.of());
	}

	/** The problems with the arguments: the server's input rules, a date in one of its forms, English. */
	static List<UserError> check(Request request) {
		List<UserError> errors = new ArrayList<>();
		if (request.text() == null || InputText.isBlank(request.text())) {
			errors.add(UserError.of(Code.REQUIRED, "`text` must not be blank", "text"));
		}
		else {
			problem(errors, request.text(), InputText.Field.TEXT, "text");
		}
		if (problem(errors, request.publishedOn(), InputText.Field.DATE, "publishedOn") && request.publishedOn() != null) {
			try {
				PartialDate.parse(request.publishedOn());
			}
			catch (IllegalArgumentException ex) {
				errors.add(UserError.of(Code.INVALID, "`publishedOn`: " + ex.getMessage(), "publishedOn"));
			}
		}
		if (problem(errors, request.language(), InputText.Field.LANGUAGE, "language") && request.language() != null
				&& !english(request.language())) {
			errors.add(UserError.of(Code.INVALID, "`language` '" + InputText.echo(request.language())
					+ "' is not supported: proposals are made from English texts only (`en`, `en-GB`, ...)", "language"));
		}
		problem(errors, request.url(), InputText.Field.URL, "url");
		return errors;
	}

	/** Adds the input rule's problem with a value, if any; whether there was none. */
	private static boolean problem(List<UserError> errors, String value, InputText.Field field, String name) {
		InputText.Problem problem = InputText.problem(value, field, name);
		if (problem != null) {
			errors.add(UserError.of(problem.code(), problem.message(), name));
			return false;
		}
		return true;
	}

	private static boolean english(String language) {
		String tag = language.strip().toLowerCase(Locale.ROOT);
		return tag.equals("en") || tag.startsWith("en-");
	}

	/** Whether enough of the words are common English ones (a short text is not judged). */
	static boolean looksEnglish(TextTokens tokens) {
		if (tokens.size() < JUDGED_WORDS) {
			return true;
		}
		long english = tokens.tokens().stream().filter((token) -> ENGLISH.contains(token.folded())).count();
		return english * 10 >= tokens.size();
	}

	/** What a person should check before sending the draft. */
	private static List<String> notes(ArticleDraft draft) {
		List<String> notes = new ArrayList<>();
		if (draft.title() == null) {
			notes.add("title: the text shows no headline; give the article a title");
		}
		if (draft.publisher() == null) {
			notes.add("publisher: the text names no publisher and no URL was given; give the publisher");
		}
		if (draft.people().stream().anyMatch((person) -> person.id() == null)) {
			notes.add("people: new people are named as the text spells them; give each the name in their own "
					+ "orthography (the spelling then stays an alias)");
		}
		if (draft.organisations().stream().anyMatch((o) -> o.id() == null)
				|| draft.places().stream().anyMatch((p) -> p.id() == null)) {
			notes.add("organisations, places: the kinds and countries of new ones are guessed from their names");
		}
		if (!draft.meetings().isEmpty()) {
			notes.add("meetings: roles are read from the sentence (who received whom); topics are left to you");
		}
		return notes;
	}

}
