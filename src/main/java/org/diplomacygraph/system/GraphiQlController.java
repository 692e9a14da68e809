package org.diplomacygraph.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/** Serves GraphiQL at {@code /graphiql} from the application's own WebJars, with the example query open. */
@Controller
class GraphiQlController {

	static final String EXAMPLE_LOCATION = "graphiql/example.graphql";

	private static final String PAGE_LOCATION = "graphiql/index.html";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([\\w.-]+)}}");

	private static final MediaType TEXT_HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final String template;

	private final String endpoint;

	private final String webjars;

	private final Map<String, String> fixedValues = new HashMap<>();

	GraphiQlController(@Value("${spring.graphql.http.path:/graphql}") String endpoint,
			@Value("${spring.mvc.webjars-path-pattern:/webjars/**}") String webjarsPathPattern) throws IOException {
		this.template = read(PAGE_LOCATION);
		this.endpoint = endpoint;
		this.webjars = StringUtils.trimTrailingCharacter(webjarsPathPattern.replace("**", ""), '/');
		// The versions come from the WebJars on the classpath, so the page cannot ask for one that is not there.
		for (String webjar : new String[] { "graphiql", "react", "react-dom" }) {
			this.fixedValues.put(webjar + ".version", webJarVersion(webjar));
		}
		this.fixedValues.put("defaultQuery", read(EXAMPLE_LOCATION));
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
