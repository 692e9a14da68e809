package org.diplomacygraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.diplomacygraph.ingest.AnnotationFile.AgreementEntry;
import org.diplomacygraph.ingest.AnnotationFile.MeetingEntry;
import org.diplomacygraph.ingest.AnnotationFile.OrganisationEntry;
import org.diplomacygraph.ingest.AnnotationFile.PersonEntry;
import org.diplomacygraph.ingest.AnnotationFile.PlaceEntry;
import org.diplomacygraph.ingest.AnnotationFile.PositionEntry;
import org.diplomacygraph.ingest.CorpusException.Defect;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the corpus: every {@code NAME.txt} with its {@code NAME.yaml} annotations from one
 * location (a {@code classpath:} or {@code file:} directory), and a fingerprint of all their bytes.
 */
public final class CorpusReader {

	/** Bumped when the loader starts to derive something different from the same files. */
	static final String FORMAT_VERSION = "2";

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		// An entry's `key` is the ingest input's only (AnnotationFile): in a file it is an unknown field.
		.enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
		.addMixIn(PlaceEntry.class, InputOnly.class)
		.addMixIn(OrganisationEntry.class, InputOnly.class)
		.addMixIn(PersonEntry.class, InputOnly.class)
		.addMixIn(PositionEntry.class, InputOnly.class)
		.addMixIn(MeetingEntry.class, InputOnly.class)
		.addMixIn(AgreementEntry.class, InputOnly.class)
		.build();

	private final ResourcePatternResolver resolver;

	public CorpusReader() {
		this(new PathMatchingResourcePatternResolver());
	}

	public CorpusReader(ResourcePatternResolver resolver) {
		this.resolver = resolver;
	}

	/** Reads every article of the location; unreadable or unpaired files become defects. */
	public Corpus read(String location) {
		String directory = location.endsWith("/") ? location : location + "/";
		Map<String, byte[]> texts = load(directory + "*.txt");
		Map<String, byte[]> annotations = load(directory + "*.yaml");
		List<Defect> defects = new ArrayList<>();
		List<SourceArticle> articles = new ArrayList<>();
		if (texts.isEmpty() && annotations.isEmpty()) {
			defects.add(new Defect(location, null, "no article (*.txt) found"));
		}
		for (String textFile : texts.keySet()) {
			String base = textFile.substring(0, textFile.length() - ".txt".length());
			String annotationFile = base + ".yaml";
			byte[] yaml = annotations.get(annotationFile);
			if (yaml == null) {
				defects.add(new Defect(textFile, null, "no annotation file " + annotationFile + " beside it"));
				continue;
			}
			AnnotationFile parsed = parse(annotationFile, yaml, defects);
			if (parsed != null) {
				articles.add(new SourceArticle(textFile, texts.get(textFile), annotationFile, parsed));
			}
		}
		for (String annotationFile : annotations.keySet()) {
			String base = annotationFile.substring(0, annotationFile.length() - ".yaml".length());
			if (!texts.containsKey(base + ".txt")) {
				defects.add(new Defect(annotationFile, null, "no article text " + base + ".txt beside it"));
			}
		}
		return new Corpus(articles, defects, fingerprint(texts, annotations));
	}

	/** Parses one annotation file; a malformed one becomes a defect naming line and column. */
	static AnnotationFile parse(String file, byte[] yaml, List<Defect> defects) {
		try {
			AnnotationFile parsed = YAML.readValue(yaml, AnnotationFile.class);
			if (parsed == null || parsed.article() == null) {
				defects.add(new Defect(file, "article", "the article metadata section is missing"));
				return null;
			}
			return parsed;
		}
		catch (PropertyBindingException ex) {
			// Unknown, or known but the input's only (InputOnly).
			defects.add(new Defect(file, path(ex), "unknown field '" + ex.getPropertyName() + "'" + at(ex)
					+ " (known fields: " + ex.getKnownPropertyIds().stream().map(String::valueOf).sorted()
						.collect(Collectors.joining(", ")) + ")"));
			return null;
		}
		catch (JacksonException ex) {
			String reason = ex.getOriginalMessage().lines().findFirst().orElse("unreadable");
			defects.add(new Defect(file, path(ex), "malformed YAML" + at(ex) + ": " + reason));
			return null;
		}
	}

	private static String at(JacksonException ex) {
		TokenStreamLocation where = ex.getLocation();
		return (where != null && where.getLineNr() > 0)
				? " at line " + where.getLineNr() + ", column " + where.getColumnNr() : "";
	}

	/** The entry being read when parsing failed, e.g. {@code people[2].positions[0]}; null at top level. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (reference.getPropertyName().equals(pathTail(ex))) {
					break;
				}
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return (path.length() > 0) ? path.toString() : null;
	}

	/** An unknown field is named in the reason, so the path stops at the entry that holds it. */
	private static String pathTail(JacksonException ex) {
		return (ex instanceof PropertyBindingException unknown) ? unknown.getPropertyName() : null;
	}

	private Map<String, byte[]> load(String pattern) {
		try {
			Map<String, byte[]> files = new TreeMap<>();
			Resource[] resources = this.resolver.getResources(pattern);
			Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					files.put(resource.getFilename(), in.readAllBytes());
				}
			}
			return files;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the corpus at " + pattern, ex);
		}
	}

	private static String fingerprint(Map<String, byte[]> texts, Map<String, byte[]> annotations) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(FORMAT_VERSION.getBytes(StandardCharsets.UTF_8));
			Map<String, byte[]> all = new TreeMap<>(texts);
			all.putAll(annotations);
			for (Map.Entry<String, byte[]> file : all.entrySet()) {
				digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(file.getValue());
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The fields of entries that only the ingest input gives (see {@link AnnotationFile}): not known
	 * when a file is read, and refused there (FAIL_ON_IGNORED_PROPERTIES) as an unknown field is.
	 */
	private abstract static class InputOnly {

		@JsonProperty(access = JsonProperty.Access.READ_ONLY)
		abstract String key();

		@JsonProperty(value = "new", access = JsonProperty.Access.READ_ONLY)
		abstract Boolean newRecord();

	}

	/** An article's raw text bytes and its parsed annotations. */
	public record SourceArticle(String textFile, byte[] text, String annotationFile, AnnotationFile annotations) {
	}

	/** What was read: the articles, the defects met while reading, and the fingerprint of all files. */
	public record Corpus(List<SourceArticle> articles, List<Defect> defects, String fingerprint) {
	}

}
