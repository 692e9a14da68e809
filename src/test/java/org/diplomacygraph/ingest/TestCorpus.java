package org.diplomacygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A corpus written to a directory so that a test can break exactly one thing in it: either the test
 * corpus the Spring contexts load ({@link #LOCATION}) or a two-article one small enough to read at a
 * glance.
 */
final class TestCorpus {

	/**
	 * The corpus of the tests, {@code src/test/resources/corpus/}: the five articles the assertions
	 * count, independent of the shipped corpus ({@code CorpusProperties.DEFAULT_LOCATION}), which may grow.
	 */
	static final String LOCATION = "classpath:corpus/";

	static final String A_TXT = """
			Hanoi and Havana sign agreement
			Secretary of the Hanoi Party Committee Dinh Tien Dung held talks with Luis Antonio Torres Iríbar in Hà Nội on June 9, 2023.
			Following the talks, the two Party Committees signed a cooperation agreement for the 2023-2028 period.
			Photo: Thanh Hai
			""";

	static final String A_YAML = """
			article:
			  slug: talks
			  title: Hanoi and Havana sign agreement
			  publishedOn: "2023-06-09"
			  language: en
			  notStory: ["Photo: Thanh Hai"]
			countries:
			  - id: vietnam
			    name: Vietnam
			    code: VN
			    evidence: "Hà Nội"
			places:
			  - id: hanoi
			    name: Hanoi
			    aliases: [Hà Nội]
			    kind: city
			    country: vietnam
			    evidence: "in Hà Nội"
			organisations:
			  - id: hanoi-party-committee
			    name: Hanoi Party Committee
			    kind: party-committee
			    country: vietnam
			    evidence: "the Hanoi Party Committee"
			people:
			  - id: dinh-tien-dung
			    name: Đinh Tiến Dũng
			    aliases: [Dinh Tien Dung]
			    nationality: vietnam
			    evidence: "Dinh Tien Dung"
			    positions:
			      - id: dinh-tien-dung/secretary
			        title: Secretary
			        organisation: hanoi-party-committee
			        evidence: "Secretary of the Hanoi Party Committee Dinh Tien Dung"
			meetings:
			  - id: talks-2023-06-09
			    title: Talks in Hanoi
			    kind: talks
			    date: "2023-06-09"
			    dateEvidence: "on June 9, 2023"
			    place: hanoi
			    placeEvidence: "in Hà Nội"
			    evidence: "held talks"
			    participants:
			      - person: dinh-tien-dung
			        role: host
			        capacity: dinh-tien-dung/secretary
			        evidence: "Dinh Tien Dung held talks"
			agreements:
			  - id: cooperation-2023-2028
			    title: Cooperation agreement for 2023–2028
			    kind: cooperation-agreement
			    status: signed
			    statusEvidence: "signed a cooperation agreement"
			    validFrom: "2023"
			    validUntil: "2028"
			    validityEvidence: "for the 2023-2028 period"
			    meeting: talks-2023-06-09
			    evidence: "a cooperation agreement for the 2023-2028 period"
			    parties:
			      - organisation: hanoi-party-committee
			        evidence: "the two Party Committees signed"
			""";

	static final String B_TXT = """
			Secretary Dinh Tien Dung welcomed guests in Hanoi.
			""";

	static final String B_YAML = """
			article:
			  slug: welcome
			  language: en
			places:
			  - id: hanoi
			    evidence: "in Hanoi"
			people:
			  - id: dinh-tien-dung
			    aliases: [Dung]
			    evidence: "Secretary Dinh Tien Dung"
			""";

	private final Map<String, String> files = new LinkedHashMap<>();

	private TestCorpus() {
	}

	/** Two small articles that share a person and a place. */
	static TestCorpus small() {
		TestCorpus corpus = new TestCorpus();
		corpus.files.put("a.txt", A_TXT);
		corpus.files.put("a.yaml", A_YAML);
		corpus.files.put("b.txt", B_TXT);
		corpus.files.put("b.yaml", B_YAML);
		return corpus;
	}

	/** The five articles of the test corpus ({@link #LOCATION}) and their annotations. */
	static TestCorpus fiveArticles() {
		try {
			TestCorpus corpus = new TestCorpus();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION + "*.*")) {
				corpus.files.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
			}
			return corpus;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Replaces the only occurrence of {@code from} in a file; fails if it is not exactly once. */
	TestCorpus replace(String file, String from, String to) {
		String content = this.files.get(file);
		int at = content.indexOf(from);
		if (at < 0 || content.indexOf(from, at + 1) >= 0) {
			throw new IllegalArgumentException("'" + from + "' is not in " + file + " exactly once");
		}
		this.files.put(file, content.substring(0, at) + to + content.substring(at + from.length()));
		return this;
	}

	TestCorpus put(String file, String content) {
		this.files.put(file, content);
		return this;
	}

	TestCorpus remove(String file) {
		this.files.remove(file);
		return this;
	}

	/** Writes the files into the directory and returns its {@code file:} location. */
	String writeTo(Path directory) {
		try {
			for (Map.Entry<String, String> file : this.files.entrySet()) {
				Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
			}
			return directory.toUri().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
