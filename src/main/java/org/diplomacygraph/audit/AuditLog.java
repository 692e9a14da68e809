package org.diplomacygraph.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every write in the audit log, in the write's own transaction (so an entry exists exactly
 * when the write was committed); the actor is the name of the API key that authenticated the
 * request. One call per mutation: {@code auditLog.record("ingestArticle", "ingested ...", ids)}.
 */
@Component
public class AuditLog {

	private final EntityManager entityManager;

	AuditLog(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Appends an entry. Must run inside the write's transaction and for an authenticated caller;
	 * anything else is a defect of the mutation, not of the request, and fails it.
	 *
	 * @param operation the mutation, e.g. {@code mergeEntities}
	 * @param summary what was done, in a sentence
	 * @param subjectIds global IDs of the entities touched
	 * @return the entry's ID, the source of an editor's claims made by the write
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long record(String operation, String summary, Collection<String> subjectIds) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || !caller.isAuthenticated() || new AuthenticationTrustResolverImpl().isAnonymous(caller)) {
			throw new IllegalStateException("A write without an authenticated caller cannot be audited: " + operation);
		}
		String text = (summary.length() > 2000) ? summary.substring(0, 1999) + "…" : summary;
		// Microseconds: what both H2 and PostgreSQL timestamps hold, so the value read back is the value written.
		AuditEntry entry = new AuditEntry(Instant.now().truncatedTo(ChronoUnit.MICROS), caller.getName(), operation,
				text, List.copyOf(subjectIds));
		this.entityManager.persist(entry);
		return entry.getId();
	}

}
