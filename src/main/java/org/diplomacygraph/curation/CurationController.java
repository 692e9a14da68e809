package org.diplomacygraph.curation;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The curation mutations, for editors: {@code addAlias} and {@code mergeEntities}. */
@Controller
class CurationController {

	private final Curation curation;

	CurationController(Curation curation) {
		this.curation = curation;
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public AddAliasPayload addAlias(@Argument AddAliasInput input) {
		return this.curation.addAlias(input);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public MergeEntitiesPayload mergeEntities(@Argument MergeEntitiesInput input) {
		return this.curation.mergeEntities(input);
	}

}
