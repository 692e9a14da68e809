package org.diplomacygraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole graph as NDJSON, one JSON-LD document per line, written to the response as it is read:
 * type by type (the types asked for, in their order, else {@link RecordType#nodes()}), each in keyset chunks of
 * {@code diplomacy.export.chunk-size} slugs, so memory holds one chunk whatever the graph's size and
 * every chunk costs a fixed number of statements. One read-only transaction at REPEATABLE READ for
 * the whole dump: the lines are one state of the graph, writes during the dump are not in it.
 */
@Component
class GraphDump {

	private final NodeDocuments documents;

	private final GraphQueries queries;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	GraphDump(NodeDocuments documents, GraphQueries queries, JsonMapper json, PlatformTransactionManager transactions) {
		this.documents = documents;
		this.queries = queries;
		this.json = json;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setReadOnly(true);
		this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** Writes the nodes of the given types (every node type when empty), returning how many lines. */
	long write(OutputStream out, List<RecordType> types, int chunkSize, LinkedData ld) {
		List<RecordType> selected = types.isEmpty() ? RecordType.nodes() : types;
		Long lines = this.transactions.execute((status) -> {
			long written = 0;
			for (RecordType type : selected) {
				Selection page = Selection.firstPage(chunkSize);
				while (page != null) {
					List<ObjectNode> chunk = this.documents.chunk(type, page, ld);
					for (ObjectNode document : chunk) {
						line(out, document);
					}
					written += chunk.size();
					this.queries.clear();
					page = (chunk.size() < chunkSize) ? null : page.next(slug(chunk.get(chunk.size() - 1)));
				}
			}
			return written;
		});
		return (lines != null) ? lines : 0;
	}

	private void line(OutputStream out, ObjectNode document) {
		try {
			out.write(this.json.writeValueAsBytes(document));
			out.write('\n');
		}
		catch (IOException ex) {
			throw new ExportAborted(ex);
		}
	}

	/** The slug of a document's node, the keyset of the next page, read back from its global ID. */
	private static String slug(ObjectNode document) {
		return GlobalId.decode(document.get("identifier").asString()).orElseThrow().id();
	}

	/** The client went away mid-dump: the stream is abandoned, nothing is logged as an error. */
	static final class ExportAborted extends RuntimeException {

		ExportAborted(IOException cause) {
			super(cause);
		}

	}

}
