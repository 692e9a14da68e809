package org.diplomacygraph.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplomacygraph.ApiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

// With the application's security, which keeps GraphiQL public.
@ApiTest
class GraphiQlControllerTests {

	private static final Pattern ASSET = Pattern.compile("<(?:script\\b[^>]*\\ssrc|link\\b[^>]*\\shref)=\"([^\"]*)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Environment environment;

	@Test
	void graphiqlIsAnHtmlPage() {
		assertThat(this.mvc.get().uri("/graphiql")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
			.bodyText()
			.contains("<div id=\"graphiql\"");
	}

	@Test
	void everyScriptAndStylesheetIsServedByTheApplicationItself() {
		List<String> assets = assets(page(this.mvc.get().uri("/graphiql").exchange()));

		assertThat(assets).hasSize(6)
			.anySatisfy((asset) -> assertThat(asset).endsWith("/graphiql.min.css"))
			.anySatisfy((asset) -> assertThat(asset).endsWith("/graphiql.min.js"))
			.anySatisfy((asset) -> assertThat(asset).endsWith("/react.production.min.js"))
			.anySatisfy((asset) -> assertThat(asset).endsWith("/react-dom.production.min.js"))
			.anySatisfy((asset) -> assertThat(asset).isEqualTo("/" + GraphiQlController.EXPLORER_LOCATION + "/style.css"))
			.anySatisfy((asset) -> assertThat(asset)
				.isEqualTo("/" + GraphiQlController.EXPLORER_LOCATION + "/graphiql-plugin-explorer.umd.js"));
		for (String asset : assets) {
			assertThat(asset).startsWith(asset.contains("explorer") ? "/vendor/" : "/webjars/");
			assertServed(this.mvc.get().uri(asset).exchange(), asset);
		}
	}

	@Test
	void thePageNamesNoOtherSite() {
		assertThat(page(this.mvc.get().uri("/graphiql").exchange())).doesNotContain("http://", "https://", "//cdn");
	}

	@Test
	void theStylesheetLoadsNoFontOrImportFromElsewhere() throws Exception {
		String stylesheet = assets(page(this.mvc.get().uri("/graphiql").exchange())).stream()
			.filter((asset) -> asset.endsWith(".css"))
			.findFirst()
			.orElseThrow();
		String css = this.mvc.get().uri(stylesheet).exchange().getResponse().getContentAsString();

		assertThat(css).doesNotContain("@import");
		Matcher url = Pattern.compile("url\\(\\s*['\"]?([^'\")]*)").matcher(css);
		int urls = 0;
		while (url.find()) {
			urls++;
			assertThat(url.group(1)).startsWith("data:");
		}
		// The fonts are inlined: were they not, the check above would have nothing to look at.
		assertThat(urls).isPositive();
	}

	@Test
	void theExplorersLicenceIsServedBesideIt() {
		assertThat(this.mvc.get().uri("/" + GraphiQlController.EXPLORER_LOCATION + "/LICENSE")).hasStatusOk()
			.bodyText()
			.contains("MIT License", "GraphQL Contributors", "graphiql-explorer 0.9.0");
	}

	@Test
	void thePageOpensWithTheWorkedExamplesAsTabsTheExplorerAndTheHeadersEditor() throws IOException {
		String page = page(this.mvc.get().uri("/graphiql").exchange());

		JsonNode tabs = JsonMapper.builder().build().readTree(attribute(page, "data-tabs"));
		List<GraphiQlController.Tab> files = GraphiQlController.tabs();
		assertThat(tabs.size()).isEqualTo(files.size());
		for (int i = 0; i < files.size(); i++) {
			assertThat(tabs.get(i).path("query").asString()).isEqualTo(files.get(i).query());
		}
		assertThat(tabs.get(0).path("query").asString()).contains("query TalksOfNineJune2023");
		assertThat(page).contains("defaultTabs: tabs", "defaultQuery: tabs[0].query", "plugins: [explorer]",
				"visiblePlugin: explorer", "isHeadersEditorEnabled: true");
	}

	@Test
	void thePagePostsToTheGraphQlEndpoint() {
		String page = page(this.mvc.get().uri("/graphiql").exchange());

		assertThat(attribute(page, "data-endpoint")).isEqualTo("/graphql")
			.isEqualTo(this.environment.getProperty("spring.graphql.http.path"));
		assertThat(page).contains("GraphiQL.createFetcher({ url: element.dataset.endpoint })");
	}

	@Test
	void springsOwnGraphiQlStaysOff() {
		assertThat(this.environment.getProperty("spring.graphql.graphiql.enabled", Boolean.class, false)).isFalse();
	}

	/** Another endpoint path: the page of a controller configured with it, the assets of the application. */
	@Test
	void theEndpointAndTheAssetsFollowTheContextPathAndTheConfiguredEndpoint(@Autowired JsonMapper json)
			throws IOException {
		GraphiQlController controller = new GraphiQlController("/api/graphql", "/webjars/**", json);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/app/graphiql");
		request.setContextPath("/app");
		String page = controller.graphiql(request).getBody();

		assertThat(attribute(page, "data-endpoint")).isEqualTo("/app/api/graphql");
		List<String> assets = assets(page);
		assertThat(assets).hasSize(6);
		for (String asset : assets) {
			assertThat(asset).startsWith(asset.contains("explorer") ? "/app/vendor/" : "/app/webjars/");
			assertServed(this.mvc.get().uri(asset).contextPath("/app").exchange(), asset);
		}
	}

	private static void assertServed(MvcTestResult result, String asset) {
		assertThat(result).as(asset).hasStatusOk();
		MediaType type = MediaType.parseMediaType(result.getResponse().getContentType());
		assertThat(type.getSubtype()).as(asset).isEqualTo(asset.endsWith(".css") ? "css" : "javascript");
		assertThat(result.getResponse().getContentAsByteArray()).as(asset).isNotEmpty();
	}

	private static String page(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> assets(String page) {
		List<String> assets = new ArrayList<>();
		Matcher asset = ASSET.matcher(page);
		while (asset.find()) {
			assets.add(HtmlUtils.htmlUnescape(asset.group(1)));
		}
		return assets;
	}

	private static String attribute(String page, String name) {
		Matcher attribute = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(page);
		assertThat(attribute.find()).as(name).isTrue();
		return HtmlUtils.htmlUnescape(attribute.group(1));
	}

}
