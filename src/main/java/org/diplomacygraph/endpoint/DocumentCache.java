package org.diplomacygraph.endpoint;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parsed and validated documents, by their text, so that a query sent again is neither parsed nor
 * validated again: a bounded store that forgets the least recently used first
 * ({@code diplomacy.caching.document-characters}). Only documents that parsed, passed the limits and
 * validated are kept. A document served from here skips parsing and validation, never the limits:
 * its figures are counted again on its syntax tree, in linear time
 * ({@link CostInstrumentation#checkDocument}), before the operation is planned and charged, as for a
 * document just parsed. A query that came with a persisted query's hash is registered here too
 * ({@link PersistedQueries#register}), once it is known to be valid.
 */
final class DocumentCache implements PreparsedDocumentProvider {

	private final BoundedCache<PreparsedDocumentEntry> documents;

	private final CostInstrumentation limits;

	private final PersistedQueries persistedQueries;

	DocumentCache(long maxCharacters, CostInstrumentation limits, PersistedQueries persistedQueries) {
		this.documents = new BoundedCache<>(maxCharacters);
		this.limits = limits;
		this.persistedQueries = persistedQueries;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String text = input.getQuery();
		PreparsedDocumentEntry entry = this.documents.get(text);
		if (entry != null) {
			this.limits.checkDocument(entry.getDocument(), input.getOperationName(), input.getGraphQLContext());
		}
		else {
			// Parsing runs the limits (CostInstrumentation); a document over them throws and is not kept.
			entry = parseAndValidate.apply(input);
			if (entry.hasErrors()) {
				return CompletableFuture.completedFuture(entry);
			}
			this.documents.put(text, entry, text.length());
		}
		this.persistedQueries.register(input);
		return CompletableFuture.completedFuture(entry);
	}

	/** The documents kept, for tests. */
	int size() {
		return this.documents.size();
	}

}
