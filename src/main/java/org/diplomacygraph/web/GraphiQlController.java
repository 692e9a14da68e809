package org.diplomacygraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * Serves GraphiQL at {@code /graphiql} from the application's own WebJars and, for the explorer
 * plugin, which has no WebJar, from the copy in {@code static/vendor/}; it opens with the worked
 * examples of {@code graphiql/tabs/}, one tab each, README's query first, in the order of the
 * number their file names start with.
 */
@Controller
class GraphiQlController {

	/** The worked examples, one tab each, in the order of their file names' numbers. */
	static final String TABS_LOCATION = "classpath:graphiql/tabs/*.graphql";

	/** {@code @graphiql/plugin-explorer}, as published on npm, served as a static resource. */
	static final String EXPLORER_LOCATION = "vendor/graphiql-plugin-explorer/0.1.20";

	private static final String PAGE_LOCATION = "graphiql/index.html";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([\\w.-]+)}}");

	private static final MediaType TEXT_HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final String template;

	private final String endpoint;

	private final String webjars;

	private final Map<String, String> fixedValues = new HashMap<>();

	GraphiQlController(@Value("${spring.graphql.http.path:/graphql}") String endpoint,
			@Value("${spring.mvc.webjars-path-pattern:/webjars/**}") String webjarsPathPattern, JsonMapper json)
			throws IOException {
		this.template = read(PAGE_LOCATION);
		this.endpoint = endpoint;
		this.webjars = StringUtils.trimTrailingCharacter(webjarsPathPattern.replace("**", ""), '/');
		// The versions come from the WebJars on the classpath, so the page cannot ask for one that is not there.
		for (String webjar : new String[] { "graphiql", "react", "react-dom" }) {
			this.fixedValues.put(webjar + ".version", webJarVersion(webjar));
		}
		if (!new ClassPathResource("static/" + EXPLORER_LOCATION + "/graphiql-plugin-explorer.umd.js").exists()) {
			throw new IllegalStateException("GraphiQL's explorer is missing from classpath:static/" + EXPLORER_LOCATION);
		}
		this.fixedValues.put("tabs", json.writeValueAsString(tabs().stream().map((tab) -> Map.of("query", tab.query())).toList()));
		// Rendered once here so that a broken page template stops start-up instead of the first request.
		render("");
	}

	@GetMapping("/graphiql")
	ResponseEntity<String> graphiql(HttpServletRequest request) {
		return ResponseEntity.ok().contentType(TEXT_HTML_UTF8).body(render(request.getContextPath()));
	}

	private String render(String contextPath) {
		Map<String, String> values = new HashMap<>(this.fixedValues);
		values.put("endpoint", contextPath + this.endpoint);
		values.put("webjars", contextPath + this.webjars);
		values.put("explorer", contextPath + "/" + EXPLORER_LOCATION);
		Matcher placeholder = PLACEHOLDER.matcher(this.template);
		StringBuilder page = new StringBuilder();
		while (placeholder.find()) {
			String value = values.get(placeholder.group(1));
			if (value == null) {
				throw new IllegalStateException(PAGE_LOCATION + " has an unknown placeholder " + placeholder.group());
			}
			placeholder.appendReplacement(page, Matcher.quoteReplacement(HtmlUtils.htmlEscape(value, "UTF-8")));
		}
		placeholder.appendTail(page);
		return page.toString();
	}

	static String read(String location) throws IOException {
		return new ClassPathResource(location).getContentAsString(StandardCharsets.UTF_8);
	}

	/** The tabs GraphiQL opens with, README's query first; start-up fails without any. */
	static List<Tab> tabs() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources(TABS_LOCATION);
		if (files.length == 0) {
			throw new IllegalStateException("GraphiQL has no tabs to open: " + TABS_LOCATION + " matches no file");
		}
		// By the number the file name starts with (10-… after 9-…), then by name.
		Arrays.sort(files, Comparator.comparingInt((Resource file) -> leadingNumber(file.getFilename()))
			.thenComparing(Resource::getFilename));
		List<Tab> tabs = new ArrayList<>(files.length);
		for (Resource file : files) {
			tabs.add(new Tab(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8)));
		}
		return tabs;
	}

	private static int leadingNumber(String fileName) {
		int digits = 0;
		while (digits < fileName.length() && digits < 9 && Character.isDigit(fileName.charAt(digits))) {
			digits++;
		}
		return (digits == 0) ? Integer.MAX_VALUE : Integer.parseInt(fileName.substring(0, digits));
	}

	/** A worked example: its file name and the text GraphiQL's editor shows. */
	record Tab(String file, String query) {
	}

	private static String webJarVersion(String artifactId) throws IOException {
		String location = "META-INF/maven/org.webjars.npm/" + artifactId + "/pom.properties";
		ClassPathResource resource = new ClassPathResource(location);
		if (!resource.exists()) {
			throw new IllegalStateException("GraphiQL needs the WebJar org.webjars.npm:" + artifactId + " on the classpath");
		}
		Properties properties = PropertiesLoaderUtils.loadProperties(resource);
		String version = properties.getProperty("version");
		if (!StringUtils.hasText(version)) {
			throw new IllegalStateException(location + " names no version");
		}
		return version;
	}

}
