package org.diplomacygraph.propose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The English words the rules read, folded ({@code Names.fold}): titles of posts, the words that end
 * the names of organisations and places (and give their kind), the words that make a capitalised
 * phrase something else (a year, a festival, a treaty), and the particles inside personal names.
 * Written here; one place for every word list the proposer uses.
 */
final class Lexicon {

	private Lexicon() {
	}

	/** Words before a title's head: "Vice", "Deputy", "First", ... */
	static final Set<String> TITLE_MODIFIERS = Set.of("vice", "deputy", "first", "permanent", "standing", "acting",
			"former", "executive", "assistant", "senior", "general", "late", "then", "incumbent", "outgoing",
			"honorary", "second", "third");

	/** Heads of titles, one or two words, folded. */
	static final Set<String> TITLE_HEADS = Set.of("secretary", "general secretary", "secretary general", "president",
			"chairman", "chairwoman", "chairperson", "chair", "prime minister", "premier", "minister", "ambassador",
			"consul", "consul general", "head", "director", "director general", "member", "mayor", "governor", "leader",
			"chief", "party chief", "commander", "speaker", "spokesperson", "spokesman", "spokeswoman", "envoy", "hero",
			"king", "queen", "emperor", "prince", "princess", "chancellor", "senator", "chief justice", "procurator",
			"procurator general", "rector", "dean", "editor in chief", "ceo", "founder", "chargé d affaires",
			"charge d affaires", "attache", "counsellor", "counselor", "delegate", "commissioner", "lieutenant general",
			"colonel", "major general", "marshal", "admiral", "party secretary", "counterpart", "mr", "mrs", "ms", "madam",
			"dr", "prof", "professor", "his excellency", "her excellency", "comrade");

	/** What a minister is minister of: the folded words after "Minister of", as the ministry's name has them. */
	static final Set<String> PORTFOLIOS = Set.of("foreign affairs", "national defence", "national defense", "defence",
			"defense", "public security", "home affairs", "interior", "justice", "finance", "planning and investment",
			"industry and trade", "trade", "commerce", "foreign trade", "foreign trade and foreign investment",
			"agriculture", "agriculture and rural development", "agriculture and environment",
			"natural resources and environment", "health", "public health", "education", "education and training",
			"culture", "culture sports and tourism", "tourism", "labour invalids and social affairs", "labour", "labor",
			"transport", "construction", "science and technology", "information and communications", "economy",
			"economy and planning", "energy", "energy and mines", "external relations", "ethnic affairs",
			"foreign relations", "external affairs", "economic affairs", "industry", "communications", "home office");

	/** Ministers named by an adjective ("Foreign Minister"): the portfolio of their ministry. */
	static final Map<String, String> PORTFOLIO_ADJECTIVES = Map.of("foreign", "Foreign Affairs", "defence",
			"National Defence", "defense", "National Defense", "finance", "Finance", "health", "Health", "justice",
			"Justice", "interior", "Interior", "education", "Education", "agriculture", "Agriculture", "trade", "Trade");

	/** Heads of titles that are no title when lower case in running text ("the head of", "a member of"). */
	static final Set<String> WEAK_HEADS = Set.of("head", "member", "leader", "chief", "director", "founder", "delegate",
			"dean", "envoy", "hero", "secretary");

	/** The kinds of organisation, by the word or words that end its name; longest first when read. */
	static final Map<String, String> ORGANISATION_HEADS = organisationHeads();

	/** Words that name an organisation on their own, without a word before them. */
	static final Set<String> SINGLE_WORD_ORGANISATIONS = Set.of("politburo", "secretariat", "government", "parliament",
			"senate");

	/** The kinds of place, by the word that ends (or starts) its name. */
	static final Map<String, String> PLACE_HEADS = Map.ofEntries(Map.entry("province", "province"),
			Map.entry("district", "province"), Map.entry("prefecture", "province"), Map.entry("state", "province"),
			Map.entry("city", "city"), Map.entry("town", "city"), Map.entry("capital", "city"),
			Map.entry("zone", "economic-zone"), Map.entry("park", "economic-zone"), Map.entry("port", "economic-zone"),
			Map.entry("palace", "building"), Map.entry("hall", "building"), Map.entry("house", "building"),
			Map.entry("building", "building"), Map.entry("stadium", "building"), Map.entry("airport", "building"),
			Map.entry("mausoleum", "building"), Map.entry("headquarters", "building"), Map.entry("hotel", "building"),
			Map.entry("museum", "building"), Map.entry("square", "building"), Map.entry("temple", "building"),
			Map.entry("pagoda", "building"), Map.entry("centre", "building"), Map.entry("center", "building"));

	/** Place words that start a name ("Palace of the Revolution", "Province of Pinar del Río"). */
	static final Set<String> PLACE_FIRST_HEADS = Set.of("palace", "hall", "house", "museum", "mausoleum", "port",
			"square", "province", "city");

	/** Words that make a capitalised phrase no person, organisation or place. */
	static final Set<String> NOT_ENTITY = Set.of("year", "years", "day", "days", "week", "month", "strategy", "festival",
			"fair", "treaty", "agreement", "agreements", "memorandum", "congress", "anniversary", "war", "programme",
			"program", "project", "projects", "initiative", "law", "laws", "resolution", "award", "prize", "order",
			"medal", "hemisphere", "revolution", "liberation", "reunification", "renewal", "cup", "games", "summit",
			"forum", "conference call", "dialogue", "expo", "exhibition", "plan", "policy", "doctrine", "declaration",
			"charter", "statement", "session", "meeting", "talks", "visit", "photo", "photos", "source", "news",
			"times", "post", "daily", "tet", "new", "latest", "era", "period", "asia", "america", "europe", "africa",
			"oceania", "pacific", "atlantic", "sea", "ocean", "east", "west", "north", "south", "southeast",
			"northeast", "january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday", "covid", "state", "states", "people", "movement", "campaign");

	/** Months and weekdays: a name does not run on into them. */
	static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
			"sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday");

	/** Lower-case words that may stand inside a name of an organisation or place. */
	static final Set<String> NAME_CONNECTORS = Set.of("of", "the", "and", "for", "on", "in", "de", "del", "la", "y",
			"municipal", "provincial", "city", "chapter", "central", "people", "s", "d", "du", "des", "da");

	/** Lower-case words that may stand inside a personal name. */
	static final Set<String> NAME_PARTICLES = Set.of("de", "del", "la", "van", "von", "da", "dos", "das", "bin", "binti",
			"al", "el", "y", "di", "le");

	/** Articles: a name found after one does not start with it ("The Hanoi" is Hanoi). */
	static final Set<String> ARTICLES = Set.of("the", "a", "an");

	/** Words common at the start of a sentence, never a name on their own. */
	static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her",
			"their", "its", "our", "he", "she", "they", "we", "it", "in", "on", "at", "for", "with", "by", "from", "to",
			"of", "and", "but", "or", "as", "after", "before", "during", "since", "following", "according", "despite",
			"besides", "over", "under", "within", "both", "each", "every", "all", "many", "several", "some", "most",
			"other", "such", "also", "however", "meanwhile", "earlier", "later", "then", "there", "here", "when",
			"while", "where", "which", "who", "what", "why", "how", "if", "so", "not", "no", "yes", "among",
			"about", "against", "between", "through", "throughout", "into", "onto", "upon", "via", "per", "just",
			"only", "even", "still", "yet", "thus", "hence", "moreover", "furthermore", "notably", "remarkably",
			"specifically", "particularly", "especially", "increasingly", "currently", "recently", "acknowledging",
			"appreciating", "sharing", "rooted", "solidarity", "comprehensive", "cozy", "specific", "participants");

	/**
	 * The kind of organisation a name of these folded words has, or null: the word before its first
	 * "of", "for", "on" or "in" ("Organization Commission of the ...", "Embassy in ...", "Committee
	 * for the Defence of the Revolution") if that word ends names of organisations, else its last words.
	 */
	static String organisationKind(List<String> foldedWords) {
		for (int i = 1; i < foldedWords.size(); i++) {
			if (Set.of("of", "for", "on", "in").contains(foldedWords.get(i))) {
				String kind = endingKind(foldedWords.subList(0, i));
				if (kind != null) {
					return kind;
				}
				break;
			}
		}
		return endingKind(foldedWords);
	}

	/** The kind of organisation a name has by its last words only, or null. */
	static String endingKind(List<String> foldedWords) {
		for (Map.Entry<String, String> head : ORGANISATION_HEADS.entrySet()) {
			String[] words = head.getKey().split(" ");
			if (endsWith(foldedWords, words)) {
				return head.getValue();
			}
		}
		return null;
	}

	/** Whether the folded words end with these words. */
	static boolean endsWith(List<String> folded, String[] words) {
		if (folded.size() < words.length) {
			return false;
		}
		for (int i = 0; i < words.length; i++) {
			if (!folded.get(folded.size() - words.length + i).equals(words[i])) {
				return false;
			}
		}
		return true;
	}

	private static Map<String, String> organisationHeads() {
		// Longest first, so that "party committee" is read before "committee" and "party".
		Map<String, String> heads = new LinkedHashMap<>();
		heads.put("intergovernmental committee", "intergovernmental-body");
		heads.put("people s committee", "government-body");
		heads.put("people s council", "government-body");
		heads.put("party committee", "party-committee");
		heads.put("central committee", "party-committee");
		heads.put("organization commission", "party-committee");
		heads.put("organisation commission", "party-committee");
		heads.put("inspection commission", "party-committee");
		heads.put("propaganda commission", "party-committee");
		heads.put("external relations commission", "party-committee");
		heads.put("mass mobilisation commission", "party-committee");
		heads.put("mass mobilization commission", "party-committee");
		heads.put("red cross", "ngo");
		heads.put("red cross society", "ngo");
		heads.put("national assembly", "government-body");
		heads.put("united nations", "intergovernmental-body");
		heads.put("youth union", "mass-organisation");
		heads.put("women s union", "mass-organisation");
		heads.put("fatherland front", "mass-organisation");
		heads.put("non aligned movement", "intergovernmental-body");
		heads.put("politburo", "party-committee");
		heads.put("secretariat", "party-committee");
		heads.put("party", "party");
		heads.put("embassy", "embassy");
		heads.put("consulate", "embassy");
		heads.put("consulate general", "embassy");
		heads.put("ministry", "government-body");
		heads.put("government", "government-body");
		heads.put("assembly", "government-body");
		heads.put("parliament", "government-body");
		heads.put("senate", "government-body");
		heads.put("committee", "government-body");
		heads.put("commission", "government-body");
		heads.put("council", "government-body");
		heads.put("department", "government-body");
		heads.put("office", "government-body");
		heads.put("agency", "government-body");
		heads.put("administration", "government-body");
		heads.put("court", "government-body");
		heads.put("procuracy", "government-body");
		heads.put("police", "government-body");
		heads.put("army", "government-body");
		heads.put("front", "mass-organisation");
		heads.put("union", "mass-organisation");
		heads.put("federation", "mass-organisation");
		heads.put("association", "mass-organisation");
		heads.put("league", "mass-organisation");
		heads.put("alliance", "mass-organisation");
		heads.put("society", "ngo");
		heads.put("foundation", "ngo");
		heads.put("fund", "ngo");
		heads.put("network", "ngo");
		heads.put("organization", "intergovernmental-body");
		heads.put("organisation", "intergovernmental-body");
		heads.put("conference", "advisory-body");
		heads.put("institute", "advisory-body");
		heads.put("academy", "school");
		heads.put("school", "school");
		heads.put("university", "school");
		heads.put("college", "school");
		heads.put("company", "company");
		heads.put("corporation", "company");
		heads.put("group", "company");
		heads.put("bank", "company");
		heads.put("jsc", "company");
		heads.put("ltd", "company");
		heads.put("inc", "company");
		heads.put("airlines", "company");
		heads.put("holdings", "company");
		heads.put("chapter", "chapter");
		Map<String, String> ordered = new LinkedHashMap<>();
		heads.entrySet()
			.stream()
			.sorted((a, b) -> Integer.compare(b.getKey().split(" ").length, a.getKey().split(" ").length))
			.forEach((entry) -> ordered.put(entry.getKey(), entry.getValue()));
		return ordered;
	}

}
