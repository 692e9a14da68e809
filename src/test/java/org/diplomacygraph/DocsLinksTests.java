package org.diplomacygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The documentation stays navigable: every relative link of README.md, src/docs/*.md and the
 * READMEs beside the code names a file that exists, and a {@code #fragment} names a heading of
 * the Markdown file it points at (GitHub's anchors: lower case, punctuation dropped, spaces as
 * hyphens, a repeated heading numbered).
 */
class DocsLinksTests {

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

	private static final Pattern HEADING = Pattern.compile("^#{1,6} (.*)$");

	@Test
	void everyRelativeLinkOfTheDocsResolves() throws IOException {
		List<Path> docs = documents();
		assertThat(docs).contains(Path.of("README.md"), Path.of("src/docs/api-guide.md"));
		List<String> broken = new ArrayList<>();
		Map<Path, Set<String>> anchors = new HashMap<>();
		int links = 0;
		for (Path doc : docs) {
			for (String target : links(doc)) {
				if (target.matches("^[a-zA-Z][a-zA-Z+.-]*:.*")) {
					continue; // http:, https:, mailto:
				}
				links++;
				int hash = target.indexOf('#');
				String path = (hash < 0) ? target : target.substring(0, hash);
				String fragment = (hash < 0) ? null : target.substring(hash + 1);
				Path file = path.isEmpty() ? doc : doc.resolveSibling(path).normalize();
				if (!Files.exists(file)) {
					broken.add(doc + ": " + target + " (no file " + file + ")");
				}
				else if (fragment != null && file.toString().endsWith(".md")
						&& !anchors.computeIfAbsent(file, DocsLinksTests::anchors).contains(fragment)) {
					broken.add(doc + ": " + target + " (no heading #" + fragment + " in " + file + ")");
				}
			}
		}
		assertThat(links).as("relative links checked").isGreaterThan(20);
		assertThat(broken).as("broken links").isEmpty();
	}

	@Test
	void anchorsAreGitHubs() {
		assertThat(anchor("Feature → package map")).isEqualTo("feature--package-map");
		assertThat(anchor("Claims: one record per event, every source behind it"))
			.isEqualTo("claims-one-record-per-event-every-source-behind-it");
		assertThat(anchor("By natural key: `country(code:)` and `lookup`"))
			.isEqualTo("by-natural-key-countrycode-and-lookup");
		assertThat(anchor("Operations (Actuator)")).isEqualTo("operations-actuator");
	}

	/** README.md, src/docs/*.md and every README.md under src/ and postman/. */
	private static List<Path> documents() throws IOException {
		Set<Path> docs = new LinkedHashSet<>();
		docs.add(Path.of("README.md"));
		try (Stream<Path> files = Files.list(Path.of("src/docs"))) {
			files.filter((file) -> file.toString().endsWith(".md")).sorted().forEach(docs::add);
		}
		for (String root : List.of("src", "postman")) {
			try (Stream<Path> files = Files.walk(Path.of(root))) {
				files.filter((file) -> file.getFileName().toString().equals("README.md"))
					.filter((file) -> !file.toString().contains("node_modules"))
					.sorted()
					.forEach(docs::add);
			}
		}
		return new ArrayList<>(docs);
	}

	/** The link targets of a document, outside fenced code blocks. */
	private static List<String> links(Path doc) throws IOException {
		List<String> targets = new ArrayList<>();
		boolean fenced = false;
		for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
			if (line.startsWith("```")) {
				fenced = !fenced;
				continue;
			}
			if (!fenced) {
				Matcher link = LINK.matcher(line);
				while (link.find()) {
					targets.add(link.group(1));
				}
			}
		}
		return targets;
	}

	private static Set<String> anchors(Path doc) {
		Set<String> anchors = new LinkedHashSet<>();
		Map<String, Integer> seen = new HashMap<>();
		boolean fenced = false;
		try {
			for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
				if (line.startsWith("```")) {
					fenced = !fenced;
					continue;
				}
				Matcher heading = HEADING.matcher(line);
				if (!fenced && heading.matches()) {
					String anchor = anchor(heading.group(1));
					int times = seen.merge(anchor, 1, Integer::sum);
					anchors.add((times == 1) ? anchor : anchor + "-" + (times - 1));
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return anchors;
	}

	/** GitHub's anchor of a heading. */
	static String anchor(String heading) {
		return heading.strip()
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}_\\- ]", "")
			.replace(' ', '-');
	}

}
